package no.gevinst.benefit.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the register spreadsheet, in order, with the input field each one fills. Export, template
 * and import share them, so that an exported register imports back unchanged.
 */
enum RegisterColumn {
    PROGRAMME("Programkode", "programmeId"),
    CODE("Kode", "code"),
    TITLE("Tittel", "title"),
    DESCRIPTION("Beskrivelse", "description"),
    OBSERVABLE_OUTCOME("Observerbart resultat", "observableOutcome"),
    ATTRIBUTION("Attribusjon", "attribution"),
    KIND("Type", "kind"),
    AREA("Gevinstområde", "areaId"),
    PRIORITY_AREAS("Prioriterte områder", "priorityAreaIds"),
    BENEFIT_CLASS("Gevinstklasse", "benefitClass"),
    OBJECTIVES("Effektmål", "objectiveIds"),
    ALLOCATIONS("Fordeling", "allocations"),
    INVESTORS("Investerende virksomheter", "investorIds"),
    OWNER("Gevinsteier", "ownerId"),
    RESPONSIBLE("Gevinstansvarlig", "responsibleId"),
    UNITS("Enheter", "units"),
    EXPECTED_START("Forventet start", "expectedStart"),
    FULL_EFFECT("Full effekt", "fullEffect"),
    PRIORITY("Prioritet", "priority"),
    PRIORITY_RATIONALE("Begrunnelse for prioritet", "priorityRationale"),
    PREREQUISITES("Forutsetninger", "prerequisites"),
    EVIDENCE_LINKS("Dokumentasjon", "evidenceLinks"),
    STATUS("Status", "status");

    final String heading;
    final String field;

    RegisterColumn(String heading, String field) {
        this.heading = heading;
        this.field = field;
    }

    /** The column an input field's violation belongs to ("allocations[2].share" → Fordeling). */
    static RegisterColumn ofField(String inputField) {
        String base = inputField.contains("[") ? inputField.substring(0, inputField.indexOf('[')) : inputField;
        return Arrays.stream(values())
                .filter(c -> c.field.equals(base))
                .findFirst()
                .orElse(TITLE);
    }

    static Optional<RegisterColumn> ofHeading(String heading) {
        return Arrays.stream(values())
                .filter(c -> c.heading.equalsIgnoreCase(heading == null ? "" : heading.strip()))
                .findFirst();
    }
}
