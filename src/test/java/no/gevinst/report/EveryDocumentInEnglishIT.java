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
 * Every kind of PDF asked for in English ({@code ?lang=en}), rendered once from the demo: each passes PDF/UA-1 and
 * PDF/A-2a, declares English as its language, keeps its text within the margins, carries its headings in English,
 * and prints no text of the bokmål bundle. The demo's own records (benefit titles, plan prose) stay as written.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryDocumentInEnglishIT {

    /**
     * Bundle texts shorter than this may also be a record's words or a name ("Status", "Mål"); longer ones are
     * sentences and headings only the bundle writes.
     */
    private static final int LEAK_LENGTH = 16;

    /** Bundle texts the demo's records also write, in the plan's own Norwegian prose: not leaks. */
    private static final java.util.Set<String> RECORDS_ALSO_WRITE = java.util.Set.of(
            "gevinstrealiseringsplan",
            "Status for gevinstrealiseringen",
            // the demo's randomised trial is titled so in Norwegian, as its letter names it
            "Randomisert kontrollert studie");

    /** The headings each template takes from the bundles, by document. */
    private static final Map<String, List<String>> HEADINGS = Map.of(
            "plan",
            List.of("plan.doc.background", "plan.doc.goals", "plan.doc.measuresAndRisks", "plan.doc.network"),
            "annual status",
            List.of(
                    "plan.annual.realisation",
                    "plan.annual.deviations",
                    "plan.annual.external",
                    "plan.annual.measures"),
            "steering report",
            List.of("portfolio.report.summary", "portfolio.report.perYear", "portfolio.report.trafficLights"),
            "board summary",
            List.of("portfolio.board.heading", "portfolio.board.proposal", "portfolio.board.headline"),
            "benefit map",
            List.of("network.title"));

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

    private final Properties english = bundle("messages_en.properties");

    @BeforeAll
    void renderEachDocumentOnceInEnglish() throws Exception {
        documents.putAll(DemoDocuments.download(mvc, programmes, plans, users, "en"));
        documents.forEach(
                (kind, pdf) -> texts.put(kind, PdfConformance.rawText(pdf).replaceAll("\\s+", " ")));
    }

    @Test
    void everyEnglishDocumentPassesPdfUaOneAndPdfATwoA() {
        assertThat(DemoDocuments.brokenRules(documents))
                .as("rules of PDF/UA-1 (ua1) and PDF/A-2a (2a) broken")
                .isEmpty();
    }

    @Test
    void everyEnglishDocumentDeclaresEnglishAndKeepsItsMargins() throws Exception {
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(document.getValue())) {
                assertThat(pdf.getDocumentCatalog().getLanguage())
                        .as(document.getKey())
                        .isEqualTo("en");
                assertThat(pdf.getDocumentInformation().getTitle())
                        .as(document.getKey())
                        .isNotBlank();
            }
            assertThat(DemoDocuments.glyphsOutsideMargins(document.getKey(), document.getValue()))
                    .as(document.getKey())
                    .isEmpty();
        }
    }

    @Test
    void theHeadingsAreEnglishAndNoBokmalBundleTextLeaks() {
        List<String> wrong = new ArrayList<>();
        texts.forEach((kind, text) -> {
            for (String key : HEADINGS.get(kind)) {
                if (!text.contains(english.getProperty(key))) {
                    wrong.add(kind + ": no English «" + english.getProperty(key) + "»");
                }
                if (text.contains(bokmal.getProperty(key))) {
                    wrong.add(kind + ": bokmål heading «" + bokmal.getProperty(key) + "»");
                }
            }
            for (String key : bokmal.stringPropertyNames()) {
                String nb = bokmal.getProperty(key);
                if (nb.length() >= LEAK_LENGTH
                        && !nb.contains("{")
                        && !nb.equals(english.getProperty(key))
                        && !RECORDS_ALSO_WRITE.contains(nb)
                        && text.contains(nb)) {
                    wrong.add(kind + ": " + key + " «" + nb + "»");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachEnglishDocumentNamesItsReaderFromTheData() {
        assertThat(texts.get("annual status"))
                .contains("Annual status of benefits realisation 2025 to Digitaliseringsdirektoratet")
                .contains("The status part of the annual report to Digitaliseringsdirektoratet");
        assertThat(texts.get("plan"))
                .contains("To the steering group of Digital behandlings- og egenbehandlingsplan and"
                        + " Digitaliseringsdirektoratet");
        assertThat(texts.get("board summary")).contains("the management of Helsedirektoratet");
        assertThat(texts.get("steering report")).contains("Report to the steering group of Helseplattformen");
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (var in = EveryDocumentInEnglishIT.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
