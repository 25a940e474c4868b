package no.gevinst.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
import no.gevinst.Printed;
import no.gevinst.TestUsers;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's board decision for Helseplattformen (Helse Midt-Norge RHF, split over the three trusts) as the
 * coordinator kari reads it: the page with the year that does not add up, and St. Olavs' appendix to the
 * oppdragsdokument for 2026 as PDF (PDF/UA-1 and PDF/A-2a, in bokmål and nynorsk) and as workbook.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class BoardDecisionDocumentsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Autowired
    TestUsers users;

    @Autowired
    Decisions decisions;

    @Test
    void theDemoDecisionShowsTheSumOfTheTrustsBesideTheProgrammesTargetAndWhere2027FallsShort() throws Exception {
        mvc.perform(get(decision()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Styret i Helse Midt-Norge RHF")))
                .andExpect(content().string(Matchers.containsString("Demoverdier")))
                .andExpect(content().string(Matchers.containsString("2\u00A0000\u00A0000\u00A0kr under målet")))
                .andExpect(content().string(Matchers.containsString("appendix.pdf?organisation=" + stOlav().id())));
        // Targets are set on the decision in force: the demo's, or a later one (the board-to-line journey records one).
        mvc.perform(get(inForce()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("economic-form")));
        mvc.perform(get(decision()).param("lang", "en").with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2,000,000\u00A0kr below the target")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("economic-form"))));
    }

    @Test
    void stOlavsAppendixFor2026IsAnAccessibleArchivablePdfWithItsRequirements() throws Exception {
        byte[] pdf = appendix("pdf", "nb");
        String text = Printed.text(pdf);
        assertThat(text)
                .contains("Vedlegg til oppdragsdokument 2026: St. Olavs hospital HF")
                .contains("Styret i Helse Midt-Norge RHF")
                .contains("30 000 000 kr")
                .contains("Sum 2026 50 000 000 kr")
                .contains("Legemiddelavvik per 1 000 liggedøgn");
        assertThat(PdfConformance.brokenRules(pdf))
                .as("rules of PDF/UA-1 and PDF/A-2a broken")
                .isEmpty();
        byte[] nynorsk = appendix("pdf", "nn");
        try (PDDocument document = Loader.loadPDF(nynorsk)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nn");
        }
        assertThat(Printed.text(nynorsk)).contains("Krav til måleindikatorar").contains("Gevinsteigar");
    }

    @Test
    void stOlavsAppendixFor2026IsAWorkbookWhoseTotalIsALiveSum() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(appendix("xlsx", "nb")))) {
            Sheet economic = workbook.getSheetAt(0);
            assertThat(economic.getSheetName()).isEqualTo("Økonomiske gevinstkrav");
            assertThat(economic.getRow(3).getCell(3).getCellFormula()).isEqualTo("SUM(D2:D3)");
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(economic.getRow(3).getCell(3)).getNumberValue())
                    .isEqualTo(50_000_000d);
            assertThat(workbook.getSheet("Krav til måleindikatorer")
                            .getRow(1)
                            .getCell(0)
                            .getStringCellValue())
                    .isEqualTo("Legemiddelavvik per 1 000 liggedøgn");
        }
    }

    @Test
    void anOrganisationOrYearTheDecisionSetsNothingForIsRefusedNamingIt() throws Exception {
        mvc.perform(get(decision() + "/appendix.pdf")
                        .param("organisation", stOlav().id().toString())
                        .param("year", "2031")
                        .with(users.session("kari")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("2031")));
        mvc.perform(get(decision() + "/appendix.xlsx")
                        .param("organisation", "ikke-en-id")
                        .param("year", "2026")
                        .with(users.session("kari")))
                .andExpect(status().isBadRequest());
    }

    private byte[] appendix(String kind, String language) throws Exception {
        return mvc.perform(get(decision() + "/appendix." + kind)
                        .param("organisation", stOlav().id().toString())
                        .param("year", "2026")
                        .param("lang", language)
                        .with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("2026")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private String decision() {
        return "/programmes/" + hp().id() + "/decisions/1";
    }

    private String inForce() {
        Programme hp = hp();
        int number = users.callAs(
                "kari", () -> decisions.inForce(hp.id()).orElseThrow().number());
        return "/programmes/" + hp.id() + "/decisions/" + number;
    }

    private Programme hp() {
        return users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow());
    }

    private Organisation stOlav() {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.all().stream()
                        // By its organisation number: other tests make organisations of the same name.
                        .filter(o -> o.organisationNumber().value().equals("883974832"))
                        .findFirst()
                        .orElseThrow());
    }
}
