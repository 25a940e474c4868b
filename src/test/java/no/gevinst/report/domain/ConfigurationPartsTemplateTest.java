package no.gevinst.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.PdfConformance;
import no.gevinst.report.TemplatePdf;
import no.gevinst.shared.DocumentTable;
import org.junit.jupiter.api.Test;

/**
 * (issue 19) The plan with its configuration decisions as section 14 stays a conforming PDF/UA document; a version
 * approved before the records were frozen with it says, section by section, that it does not hold them.
 */
class ConfigurationPartsTemplateTest {

    private static DocumentTable table(List<String> headings, List<String> row) {
        return new DocumentTable(
                headings,
                List.of(row.stream().map(c -> new DocumentTable.Cell(c, false)).toList()));
    }

    private static PlanDocument.Model plan() {
        DocumentTable empty = new DocumentTable(List.of("Gevinst"), List.of());
        return new PlanDocument.Model(
                "Gevinstrealiseringsplan",
                "Versjon 1",
                List.of("Program", "Versjon 1 – Vedtatt"),
                List.of("Bakgrunn."),
                List.of(),
                List.of(),
                List.of(),
                empty,
                List.of(new PlanDocument.ClassGroup("Prissatt", empty)),
                null,
                List.of(),
                empty,
                empty,
                "Konsekvens \\ Sannsynlighet",
                RiskMatrix.of(List.of()),
                List.of(),
                empty,
                "",
                empty,
                List.of(),
                "06.12.2026",
                List.of());
    }

    @Test
    void theConfigurationDecisionsAreASectionOfTheirOwnInAConformingPdf() {
        ConfigurationParts.Model configuration = new ConfigurationParts.Model(
                table(
                        List.of("Hva ble besluttet", "Arbeidsflyt", "Løsning", "Versjon", "Status"),
                        List.of(
                                "Timebestilling på nett",
                                "Poliklinikk",
                                "Epic (journalsystem)",
                                "2024.1",
                                "Besluttet 12.03.2024")),
                table(
                        List.of("Beslutning", "KPI", "Leveres", "Rapport eller FHIR Measure"),
                        List.of(
                                "Timebestilling på nett",
                                "HP-001 Andel selvbetjente timer",
                                "Ja, maskinelt som FHIR Measure",
                                "https://fhir.example.no/Measure/selvbetjent")),
                "Andel levert maskinelt = … = 1 ÷ 4 × 100 = 25 %",
                null,
                table(List.of("Indikator", "Ansvarlig", "Lovet"), List.of("HP-002 Ventetid", "Kari", "Nei")),
                table(
                        List.of("Nr.", "Tittel", "Gevinster", "Verdi"),
                        List.of("1", "Automatisk påminnelse", "HP-002", "1 200 000 kr")));
        Map<String, Object> variables = new HashMap<>(Map.of("doc", plan(), "configuration", configuration));

        byte[] pdf = TemplatePdf.bokmal("plan", variables);

        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
        assertThat(PdfConformance.rawText(pdf))
                .contains(
                        "14 Gevinstdrevet konfigurasjon",
                        "Timebestilling på nett",
                        "1 ÷ 4 × 100 = 25 %",
                        "Automatisk påminnelse");
    }

    @Test
    void aVersionApprovedBeforeTheRecordsWereKeptSaysItDoesNotHoldThem() {
        byte[] pdf = TemplatePdf.bokmal("plan", Map.<String, Object>of("doc", plan(), "notRecorded", true));

        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
        assertThat(PdfConformance.rawText(pdf))
                .contains("11 Modenhet", "12 Dokumentert effekt", "13 Prosesser", "14 Gevinstdrevet konfigurasjon")
                .contains("Ikke registrert i denne versjonen");
    }
}
