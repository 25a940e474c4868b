package no.gevinst.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
import no.gevinst.TestUsers;
import no.gevinst.plan.Plans;
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
 * The demo's five documents asked for in nynorsk ({@code ?lang=nn}), rendered once: each passes PDF/UA-1 and
 * PDF/A-2a, declares nynorsk (nn) as its language, carries its headings in nynorsk, prints no sentence of the
 * bokmål bundle that nynorsk words otherwise, and writes amounts as bokmål does (1 234 kr). The demo's own records
 * (benefit titles, plan prose) stay as written, in bokmål.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryDocumentInNynorskIT {

    /** Bundle texts shorter than this may also be a record's words; longer ones are the bundle's sentences. */
    private static final int LEAK_LENGTH = 16;

    /** Bundle texts the demo's records also write, in the plan's own bokmål prose: not leaks. */
    private static final Set<String> RECORDS_ALSO_WRITE =
            Set.of("gevinstrealiseringsplan", "Status for gevinstrealiseringen");

    /** Headings each template takes from the bundles, by document, where nynorsk and bokmål differ. */
    private static final Map<String, List<String>> HEADINGS = Map.of(
            "plan",
            List.of("plan.doc.goals", "plan.doc.responsibilities", "plan.doc.benefits"),
            "annual status",
            List.of("plan.annual.realisation", "plan.annual.deviations", "plan.annual.external"),
            "steering report",
            List.of("portfolio.report.summary", "portfolio.report.perYear", "portfolio.report.byRag"),
            "board summary",
            List.of("portfolio.board.headline", "portfolio.board.programmes"),
            "benefit map",
            List.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    Programmes programmes;

    @Autowired
    Plans plans;

    @Autowired
    TestUsers users;

    private final Map<String, byte[]> documents = new LinkedHashMap<>();

    /** Each document's text with its white space as single spaces, read once. */
    private final Map<String, String> texts = new LinkedHashMap<>();

    private final Properties bokmal = bundle("messages.properties");

    private final Properties nynorsk = bundle("messages_nn.properties");

    @BeforeAll
    void renderEachDocumentOnceInNynorsk() throws Exception {
        documents.putAll(DemoDocuments.download(mvc, programmes, plans, users, "nn"));
        documents.forEach(
                (kind, pdf) -> texts.put(kind, PdfConformance.rawText(pdf).replaceAll("\\s+", " ")));
    }

    /**
     * Nynorsk changes the words, not the markup: two documents (one of the report's templates, the map's own page)
     * are checked against PDF/UA-1 and PDF/A-2a with their /Lang nn, which is what nynorsk adds; the English and
     * bokmål runs check the rest of the rules on all five. Every one declares nn and keeps its longer words within
     * its margins.
     */
    @Test
    void nynorskDocumentsPassPdfUaOneAndPdfATwoADeclareNynorskAndKeepTheirMargins() throws Exception {
        Map<String, byte[]> checked = new LinkedHashMap<>();
        checked.put("board summary", documents.get("board summary"));
        checked.put("benefit map", documents.get("benefit map"));
        assertThat(DemoDocuments.brokenRules(checked))
                .as("rules of PDF/UA-1 (ua1) and PDF/A-2a (2a) broken")
                .isEmpty();
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(document.getValue())) {
                assertThat(pdf.getDocumentCatalog().getLanguage())
                        .as(document.getKey())
                        .isEqualTo("nn");
            }
            assertThat(DemoDocuments.glyphsOutsideMargins(document.getKey(), document.getValue()))
                    .as(document.getKey())
                    .isEmpty();
        }
    }

    @Test
    void theHeadingsAreNynorskAndNoBokmalBundleSentenceLeaks() {
        List<String> wrong = new ArrayList<>();
        texts.forEach((kind, text) -> {
            for (String key : HEADINGS.get(kind)) {
                if (!text.contains(nynorsk.getProperty(key))) {
                    wrong.add(kind + ": no nynorsk «" + nynorsk.getProperty(key) + "»");
                }
            }
            for (String key : bokmal.stringPropertyNames()) {
                String nb = bokmal.getProperty(key);
                if (nb.length() >= LEAK_LENGTH
                        && !nb.contains("{")
                        && !nb.equals(nynorsk.getProperty(key))
                        && !RECORDS_ALSO_WRITE.contains(nb)
                        && text.contains(nb)) {
                    wrong.add(kind + ": " + key + " «" + nb + "»");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** Nynorsk writes numbers, amounts and dates as bokmål does: thin spaces between thousands, "kr", dd.MM.yyyy. */
    @Test
    void amountsAndDatesAreWrittenAsInBokmal() {
        assertThat(texts.get("steering report")).containsPattern("\\d\u202F\\d{3}\u00A0kr");
        assertThat(texts.get("annual status")).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4}");
        assertThat(texts.get("plan")).contains("Til styringsgruppa for Digital behandlings- og egenbehandlingsplan");
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (var in = EveryDocumentInNynorskIT.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
