package no.gevinst.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.gevinst.PdfConformance;
import no.gevinst.report.TemplatePdf;
import no.gevinst.shared.DocumentTable;
import org.junit.jupiter.api.Test;

/** The plan's template lays out its model as a tagged document, without starting the application. */
class PlanDocumentTemplateTest {

    @Test
    void thePlanTemplateRendersItsModelToAConformingPdf() {
        DocumentTable risks = new DocumentTable(
                List.of("Risiko", "Eier"),
                List.of(List.of(
                        new DocumentTable.Cell("Leverandøren er sen", false), new DocumentTable.Cell("4", true))));
        PlanDocument.Model model = new PlanDocument.Model(
                "Gevinstrealiseringsplan",
                "Versjon 1",
                List.of("Program", "Versjon 1 – Vedtatt"),
                List.of("Bakgrunn på 41\u00A0735\u00A0000\u00A0kr."),
                List.of(),
                List.of("Mål 1"),
                List.of(),
                risks,
                List.of(new PlanDocument.ClassGroup("Prissatt", risks)),
                "Netto nåverdi: 74\u00A0331\u00A0216\u00A0kr",
                List.of(),
                risks,
                risks,
                "Konsekvens \\ Sannsynlighet",
                RiskMatrix.of(List.of()),
                List.of(),
                risks,
                "",
                risks,
                List.of(),
                "06.12.2026",
                List.of());
        byte[] pdf = TemplatePdf.bokmal("plan", model);

        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
        assertThat(PdfConformance.rawText(pdf)).contains("1 Bakgrunn", "10 Indikatorene", "Leverandøren er sen");
    }
}
