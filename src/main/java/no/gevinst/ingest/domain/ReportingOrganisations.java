package no.gevinst.ingest.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.organisation.Organisation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Finds the organisation a MeasureReport reports for, in this order: {@code reporter.identifier} (an organisation
 * number, system {@value #ORGANISATION_NUMBER_SYSTEM} or none); the {@code Organization} the reference points to,
 * contained in the report ({@code #id}) or an entry of the same Bundle (by fullUrl or {@code Organization/id}), by
 * its organisation number; or a reference {@code Organization/<organisation number or Gevinst id>} to an
 * organisation Gevinst knows. A stratum is mapped to a unit of that organisation when its code is the unit's
 * organisation number (there is no other configuration of units yet).
 */
final class ReportingOrganisations {

    /** Enhetsregisteret's organisation numbers as FHIR names them (HL7 Norway's no-basis uses the same OID). */
    static final String ORGANISATION_NUMBER_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.101";

    private final Map<String, Organisation> known = new HashMap<>();
    private final Map<String, IBaseResource> bundled;

    /**
     * @param organisations the organisations Gevinst knows
     * @param bundled the resources of the Bundle the report came in, by fullUrl and by {@code Type/id}
     */
    ReportingOrganisations(List<Organisation> organisations, Map<String, IBaseResource> bundled) {
        for (Organisation o : organisations) {
            known.put(o.organisationNumber().value(), o);
            known.put(o.id().toString(), o);
        }
        this.bundled = bundled;
    }

    /** The reporter's organisation number or Gevinst id, if the report names one that can be found. */
    Optional<String> reporter(MeasureReport report) {
        if (!report.hasReporter()) {
            return Optional.empty();
        }
        Reference reporter = report.getReporter();
        if (reporter.hasIdentifier()) {
            return number(reporter.getIdentifier());
        }
        Optional<Organization> pointed = pointedTo(report, reporter);
        if (pointed.isPresent()) {
            return pointed.get().getIdentifier().stream()
                    .map(ReportingOrganisations::number)
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        String reference = reporter.getReference() == null ? "" : reporter.getReference();
        if (reference.startsWith("Organization/")) {
            String key = reference.substring("Organization/".length()).split("/_history/")[0];
            return Optional.ofNullable(known.get(key))
                    .map(o -> o.organisationNumber().value());
        }
        return Optional.empty();
    }

    /** The unit of the reporting organisation whose organisation number the stratum's code is, if any. */
    Optional<String> unit(String reporter, String stratumCode) {
        Organisation parent = known.get(reporter);
        Organisation unit = known.get(stratumCode == null ? "" : stratumCode.replace(" ", ""));
        if (parent == null || unit == null || !parent.id().equals(unit.parent())) {
            return Optional.empty();
        }
        return Optional.of(unit.organisationNumber().value());
    }

    private Optional<Organization> pointedTo(MeasureReport report, Reference reporter) {
        if (reporter.getResource() instanceof Organization organization) {
            return Optional.of(organization); // a contained one, resolved by the parser
        }
        String reference = reporter.getReference() == null ? "" : reporter.getReference();
        if (reference.startsWith("#")) {
            for (Resource contained : report.getContained()) {
                if (contained instanceof Organization o
                        && reference.substring(1).equals(o.getIdPart())) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
        return bundled.get(reference) instanceof Organization o ? Optional.of(o) : Optional.empty();
    }

    private static Optional<String> number(Identifier identifier) {
        if (identifier.hasValue()
                && (!identifier.hasSystem() || ORGANISATION_NUMBER_SYSTEM.equals(identifier.getSystem()))) {
            return Optional.of(identifier.getValue());
        }
        return Optional.empty();
    }
}
