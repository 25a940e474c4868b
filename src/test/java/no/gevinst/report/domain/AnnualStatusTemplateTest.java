package no.gevinst.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.gevinst.PdfConformance;
import no.gevinst.report.TemplatePdf;
import no.gevinst.shared.DocumentTable;
import org.junit.jupiter.api.Test;

/** The annual status's template lays out its model as a tagged document, without starting the application. */
class AnnualStatusTemplateTest {

    @Test
    void theAnnualStatusTemplateRendersItsModelToAConformingPdf() {
        DocumentTable figures = new DocumentTable(
                List.of("Tall", "Beløp"),
                List.of(List.of(
                        new DocumentTable.Cell("Netto", false),
                        new DocumentTable.Cell("16\u00A0813\u00A0831\u00A0kr", true))));
        DocumentTable empty = new DocumentTable(List.of("Gevinst"), List.of());
        AnnualStatusDocument.Model model = new AnnualStatusDocument.Model(
                "Årlig status 2026",
                "DBEP · Digdir",
                List.of("DBEP", "Plan", "Vedtatt versjon 1"),
                "1 av 2 gevinster realiseres.",
                figures,
                empty,
                List.of("Ingen vedtatt versjon ennå."),
                null,
                "Gevinster eid utenfor Helsedirektoratet.",
                empty,
                figures,
                "Porteføljens tall for 2026.",
                figures,
                empty);
        byte[] pdf = TemplatePdf.bokmal("annual-status", model);

        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
        assertThat(PdfConformance.rawText(pdf))
                .contains("Årlig status 2026", "Ingen vedtatt versjon ennå.", "16\u00A0813\u00A0831\u00A0kr");
    }
}
