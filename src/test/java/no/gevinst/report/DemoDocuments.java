package no.gevinst.report;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.PdfConformance;
import no.gevinst.TestUsers;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's five documents as their readers download them through the API, in one language, each kept in
 * {@code target/documents} for a person to look at (pdftoppm) after the run.
 */
final class DemoDocuments {

    /** The documents' margins: 16 mm at the sides, 14 mm at the top of a page turned on its side. */
    static final float SIDE = 16 / 25.4f * 72;

    static final float TOP = 14 / 25.4f * 72;

    /** The standalone map's page has margins of 40 CSS pixels. */
    static final float MAP_MARGIN = 30;

    private static final String PASSWORD = "gevinst-demo";

    private static final String QUARTER = "from=2026-07-01&to=2026-09-30";

    private DemoDocuments() {}

    /**
     * Each kind of document by name, in bokmål (the reader's {@code Accept-Language: nb}) or, with {@code lang},
     * in the language asked for; kept under the name, after {@code lang} and a hyphen when one is given.
     */
    static Map<String, byte[]> download(MockMvc mvc, Programmes programmes, Plans plans, TestUsers users, String lang)
            throws Exception {
        Programme dbep = programme(programmes, users, "DBEP");
        Programme hp = programme(programmes, users, "HP");
        Plan plan = users.callAs("dina", () -> plans.ofProgramme(dbep.id()).getFirst());
        String asked = lang == null ? "" : "lang=" + lang + "&";
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("plan", pdf(mvc, "/api/v1/plans/" + plan.id() + "/versions/1/document.pdf?" + asked, "dina"));
        documents.put(
                "annual status",
                pdf(mvc, "/api/v1/plans/" + plan.id() + "/annual-status.pdf?" + asked + "year=2025", "dina"));
        documents.put("steering report", pdf(mvc, "/api/v1/portfolio/report.pdf?" + asked + QUARTER, "kari"));
        documents.put(
                "board summary",
                pdf(mvc, "/api/v1/portfolio/board-summary.pdf?" + asked + QUARTER + "&programme=" + dbep.id(), "dina"));
        documents.put("benefit map", pdf(mvc, "/api/v1/programmes/" + hp.id() + "/network.pdf?" + asked, "kari"));
        keepForLooking(documents, lang == null ? "" : lang + "-");
        return documents;
    }

    /** The rules of PDF/UA-1 (ua1) and PDF/A-2a (2a) each document breaks, for those that break any. */
    static Map<String, Map<String, List<String>>> brokenRules(Map<String, byte[]> documents) {
        Map<String, Map<String, List<String>>> broken = new LinkedHashMap<>();
        documents.forEach((kind, pdf) -> {
            Map<String, List<String>> rules = PdfConformance.brokenRules(pdf);
            if (!rules.isEmpty()) {
                broken.put(kind, rules);
            }
        });
        return broken;
    }

    /** The glyphs outside the document's margins (the map's own page has narrower ones). */
    static List<String> glyphsOutsideMargins(String kind, byte[] pdf) {
        return kind.equals("benefit map")
                ? PdfConformance.glyphsOutsideMargins(pdf, MAP_MARGIN, MAP_MARGIN)
                : PdfConformance.glyphsOutsideMargins(pdf, SIDE, TOP);
    }

    private static Programme programme(Programmes programmes, TestUsers users, String code) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals(code))
                        .findFirst()
                        .orElseThrow());
    }

    static byte[] pdf(MockMvc mvc, String url, String user) throws Exception {
        return mvc.perform(get(url).header("Accept-Language", "nb").with(httpBasic(user, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static void keepForLooking(Map<String, byte[]> documents, String prefix) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "documents"));
        for (Map.Entry<String, byte[]> d : documents.entrySet()) {
            Files.write(folder.resolve(prefix + d.getKey().replace(' ', '-') + ".pdf"), d.getValue());
        }
    }
}
