package no.gevinst.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
import no.gevinst.TestUsers;
import no.gevinst.organisation.Organisations;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans;
import no.gevinst.plan.VersionStatus;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every kind of PDF Gevinst writes, rendered once from the demo as its readers download it (realisation plan,
 * annual status for Digdir, steering group report, board summary, benefit map), and checked as a board, an archive
 * and a screen reader would: veraPDF finds no broken rule of PDF/UA-1 or PDF/A-2a, no glyph lies outside its page's
 * margins, and the numbers are printed in Norwegian forms.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryDocumentIsAccessibleAndArchivableIT {

    private static final String ST_OLAVS = "883974832";

    @Autowired
    MockMvc mvc;

    @Autowired
    Programmes programmes;

    @Autowired
    Plans plans;

    @Autowired
    Organisations organisations;

    @Autowired
    TestUsers users;

    private final Map<String, byte[]> documents = new LinkedHashMap<>();

    @BeforeAll
    void renderEachDocumentOnce() throws Exception {
        documents.putAll(DemoDocuments.download(mvc, programmes, plans, users, null));
    }

    @Test
    void everyDocumentPassesPdfUaOneAndPdfATwoA() {
        assertThat(DemoDocuments.brokenRules(documents))
                .as("rules of PDF/UA-1 (ua1) and PDF/A-2a (2a) broken")
                .isEmpty();
    }

    @Test
    void noTextLiesOutsideItsPagesMargins() {
        Map<String, List<String>> outside = new LinkedHashMap<>();
        documents.forEach((kind, pdf) -> {
            List<String> glyphs = DemoDocuments.glyphsOutsideMargins(kind, pdf);
            if (!glyphs.isEmpty()) {
                outside.put(kind, glyphs.subList(0, Math.min(10, glyphs.size())));
            }
        });
        assertThat(outside).isEmpty();
    }

    @Test
    void numbersAreWrittenInNorwegianForms() {
        // Thousands grouped by a plain space, a hyphen for a minus, a decimal point (a date's points excepted).
        Pattern plainSpaceGroup = Pattern.compile("\\d \\d{3}(?!\\d)[^\\n]{0,12}");
        Pattern hyphenMinus = Pattern.compile("(?<![\\w\\d])-\\d[^\\n]{0,12}");
        Pattern decimalPoint = Pattern.compile("(?<![\\d.])\\d+\\.\\d+(?![\\d.])");
        List<String> wrong = new ArrayList<>();
        documents.forEach((kind, pdf) -> {
            String text = PdfConformance.rawText(pdf);
            for (Pattern p : List.of(plainSpaceGroup, hyphenMinus, decimalPoint)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    wrong.add(kind + ": «" + m.group() + "»");
                }
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(PdfConformance.rawText(documents.get("plan"))).contains("\u202F000\u00A0kr");
    }

    @Test
    void thousandsAreApartByTheNarrowNoBreakSpaceAndNeverBrokenAcrossLines() {
        // Any other space between a digit and a group of three, and a line that ends or starts inside an amount.
        Pattern otherGroupSpace = Pattern.compile("\\d[ \u00A0\u2009]\\d{3}(?!\\d)[^\\n]{0,12}");
        Pattern brokenAmount = Pattern.compile("\\d\u202F\\R|\\d\\R\\d{3}(?:\u202F|\u00A0kr)|\\d\\R\u00A0?kr\\b");
        List<String> wrong = new ArrayList<>();
        documents.forEach((kind, pdf) -> {
            String text = PdfConformance.rawText(pdf);
            if (!kind.equals("benefit map")) { // the map's amounts are drawn inside its SVG, not as text
                assertThat(text).as(kind).containsPattern("\\d\u202F\\d{3}");
            }
            for (Pattern p : List.of(otherGroupSpace, brokenAmount)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    wrong.add(kind + ": «" + m.group() + "»");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePlanDrawsEachProcessAsItIsAndAsItIsToBeWithItsStepsInWords() throws Exception {
        // Helseplattformen's plan: the demo's process is its programme's (DBEP's plan, above, has none). St. Olavs'
        // approved first version, which froze the process at its approval (issue 19): the demo maps it before.
        Programme hp = users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow());
        var stOlavs = users.callAs(
                "kari", () -> organisations.search(ST_OLAVS).getFirst().id());
        Plan plan = users.callAs(
                "kari",
                () -> plans.ofProgramme(hp.id()).stream()
                        .filter(p -> stOlavs.equals(p.party()))
                        .filter(p -> plans.versions(p.id()).stream()
                                .anyMatch(v -> v.number() == 1 && v.status() == VersionStatus.APPROVED))
                        .findFirst()
                        .orElseThrow());
        int approved = 1;
        byte[] pdf = DemoDocuments.pdf(
                mvc, "/api/v1/plans/" + plan.id() + "/versions/" + approved + "/document.pdf", "kari");

        assertThat(PdfConformance.brokenRules(pdf))
                .as("PDF/UA-1 and PDF/A-2a with two diagrams")
                .isEmpty();
        assertThat(PdfConformance.rawText(pdf).replaceAll("\\s+", " "))
                .contains("13 Prosesser", "Timebestilling i poliklinikken", "Slik det er i dag", "Slik det skal bli")
                .contains("Steg i rekkefølge: Innkallingsbrev eller behov for ny time, Pasienten ringer poliklinikken");
    }

    @Test
    void theDocumentsDeclareTheirLanguageTitleAndReaders() throws Exception {
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(document.getValue())) {
                assertThat(pdf.getDocumentCatalog().getLanguage())
                        .as(document.getKey())
                        .isEqualTo("nb");
                assertThat(pdf.getDocumentInformation().getTitle())
                        .as(document.getKey())
                        .isNotBlank();
            }
        }
        // DBEP is Helsedirektoratet's: its board summary is not addressed to a regional health authority's board.
        String board = PdfConformance.rawText(documents.get("board summary")).replaceAll("\\s+", " ");
        assertThat(board).contains("Helsedirektoratet").doesNotContain("regionale helseforetaket");
        // DBEP is co-financed by Digdir on record: its annual status is addressed there, not by an assumed text.
        String annual = PdfConformance.rawText(documents.get("annual status")).replaceAll("\\s+", " ");
        assertThat(annual).contains("Årlig status for gevinstrealiseringen 2025 til Digitaliseringsdirektoratet");
    }
}
