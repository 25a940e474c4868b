package no.gevinst.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.gevinst.PdfConformance;
import no.gevinst.report.TemplatePdf;
import no.gevinst.shared.DocumentTable;
import org.junit.jupiter.api.Test;

/**
 * (issue 19) The annual status with its maturity summary and evidence parts stays a conforming PDF/UA document, the
 * maturity table on a page on its side; without them (an older caller) the document is as before.
 */
class LearningPartsTemplateTest {

    private static DocumentTable table(List<String> headings, List<String> row) {
        return new DocumentTable(
                headings,
                List.of(row.stream().map(c -> new DocumentTable.Cell(c, false)).toList()));
    }

    @Test
    void theMaturitySummaryAndTheEvidenceAreSectionsOfTheirOwnInAConformingPdf() {
        DocumentTable empty = new DocumentTable(List.of("Gevinst"), List.of());
        AnnualStatusDocument.Model doc = new AnnualStatusDocument.Model(
                "Årlig status 2026",
                "HP · Helse Midt-Norge RHF",
                List.of("HP"),
                "Ingen gevinster.",
                empty,
                empty,
                List.of("Ingen vedtatt versjon ennå."),
                null,
                "Ingen.",
                empty,
                empty,
                "Porteføljens tall.",
                empty,
                empty);
        List<String> dimensions = List.of(
                "Enhet", "Svar", "Ledelse", "Medvirkning", "Prosesser", "Kompetanse", "Data", "Endringskapasitet");
        LearningParts.Model learning = new LearningParts.Model(
                "Resultater vises bare for grupper med minst 5 svar.",
                List.of(new LearningParts.Round(
                        "Modenhetsvurdering før go-live 2022 (demo)",
                        "Periode: 01.02.2022–28.02.2022",
                        table(
                                dimensions,
                                List.of(
                                        "St. Olavs hospital HF",
                                        "12",
                                        "3,4 (middels)",
                                        "2,1 (svak)",
                                        "3,0 (middels)",
                                        "3,6 (sterk)",
                                        "2,8 (middels)",
                                        "3,1 (middels)")))),
                table(
                        List.of("Tittel", "Gevinster", "Design", "Resultat", "Effekt"),
                        List.of(
                                "Randomisert studie (Randomisert kontrollert studie)",
                                "DBEP-002",
                                "Pasienter trukket til to armer",
                                "Resultatet foreligger ikke ennå.",
                                "−1,5 døgn (95 % KI −2,1 til −0,9)")));
        byte[] pdf = TemplatePdf.bokmal("annual-status", Map.<String, Object>of("doc", doc, "learning", learning));

        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
        assertThat(PdfConformance.rawText(pdf))
                .contains("6 Modenhet", "7 Dokumentert effekt", "St. Olavs hospital HF", "DBEP-002");
    }
}
