package no.gevinst.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
import no.gevinst.Printed;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NorwegianTime;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The maturity pages and documents: the demo's rounds for Helseplattformen with the heat map (Helse Nord-Trøndelag
 * pooled into Helse Midt-Norge RHF), the change since 2021, measures from a weak cell, the respondent's form with its
 * errors named, stale sends refused with 409, and the results as PDF/UA and workbook.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class MaturityPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    MaturityRounds rounds;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Test
    void theProgrammePageLinksToTheRoundsAndTheDemoRoundShowsItsHeatMap() throws Exception {
        Programme hp = hp();
        mvc.perform(get("/programmes/{id}", hp.id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/programmes/" + hp.id() + "/maturity")));
        mvc.perform(get("/programmes/{id}/maturity", hp.id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Modenhetsvurdering før go-live 2022 (demo)")))
                .andExpect(content().string(containsString("Modenhetsvurdering høsten 2021 (demo)")))
                .andExpect(content().string(not(containsString("new-round"))));
        Round latest = latest(hp);
        mvc.perform(get("/programmes/{id}/maturity/{r}", hp.id(), latest.id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("maturity-heat-map")))
                .andExpect(content().string(containsString("(sammen med Helse Nord-Trøndelag HF)")))
                .andExpect(content().string(containsString("St. Olavs hospital HF")))
                .andExpect(content().string(containsString("Endringen er målt mot Modenhetsvurdering høsten 2021")))
                .andExpect(content().string(containsString("Samlinger for ledere på seksjonsnivå")))
                .andExpect(content().string(not(containsString("new-measure"))));
        // Helse Nord-Trøndelag's three answers are never a row of their own.
        Results results =
                users.callAs("nina", () -> rounds.results(hp.id(), latest.id())).orElseThrow();
        assertThat(results.rows()).extracting(ResultRow::name).doesNotContain("Helse Nord-Trøndelag HF");
        assertThat(results.rows()).allSatisfy(r -> assertThat(r.respondents()).isGreaterThanOrEqualTo(5));
        assertThat(results.rows()).anySatisfy(r -> assertThat(r.pooled()).isTrue());
        mvc.perform(get("/programmes/{id}/maturity/{r}", hp.id(), latest.id()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("new-measure")));
    }

    @Test
    void aMeasureWithBadInputIsRefusedNamingTheFieldsAndAGoodOneIsListed() throws Exception {
        Programme hp = hp();
        Round latest = latest(hp);
        String path = "/programmes/" + hp.id() + "/maturity/" + latest.id() + "/measures";
        mvc.perform(post(path)
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("dimension", "ukjent")
                        .param("unitId", "x")
                        .param("action", "")
                        .param("deadline", "31.12.2026"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Velg en av malens dimensjoner.")))
                .andExpect(content().string(containsString("Skriv hva tiltaket er.")))
                .andExpect(content().string(containsString("Velg hvem som eier tiltaket.")))
                .andExpect(content().string(containsString("Datoen må skrives som åååå-mm-dd.")));
        mvc.perform(post(path).with(users.session("nina")).with(csrf()).param("dimension", "data"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRespondentAnswersOnTheFormAndAStaleSendIsRefused() throws Exception {
        Programme programme = testProgrammes.create();
        Organisation clinic = users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        "Svarklinikk " + TestOrganisationNumbers.unique(),
                        "ANNEN",
                        TestOrganisationNumbers.unique(),
                        programme.owner().toString())));
        String coordinator = TestProgrammes.COORDINATOR;
        LocalDate today = NorwegianTime.today();
        mvc.perform(post("/programmes/{id}/maturity", programme.id())
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("name", "")
                        .param("template", "standard")
                        .param("opensOn", "i går")
                        .param("closesOn", today.plusDays(5).toString())
                        .param("organisationIds", clinic.id().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv et navn på runden.")));
        Round round = users.callAs(
                coordinator,
                () -> rounds.create(
                        programme.id(),
                        new RoundInput(
                                "Svarrunde",
                                "standard",
                                today.toString(),
                                today.plusDays(5).toString(),
                                List.of(clinic.id().toString()),
                                "")));
        String roundPath = "/programmes/" + programme.id() + "/maturity/" + round.id();
        mvc.perform(post(roundPath + "/send")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("version", "7"))
                .andExpect(status().isConflict());
        mvc.perform(post(roundPath + "/send")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        String respondent = users.withRole(
                "svarer" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999), Role.LESER, clinic.id());
        mvc.perform(get("/maturity").with(users.session(respondent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/maturity/" + round.id() + "/answer")));
        mvc.perform(get("/maturity/{r}/answer", round.id()).with(users.session(respondent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tillitsvalgte er med tidlig")));
        MockHttpServletRequestBuilder missing = post("/maturity/{r}/answer", round.id())
                .with(users.session(respondent))
                .with(csrf())
                .param("version", "-1")
                .param("scores[leadership.1]", "9");
        mvc.perform(missing)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Verdien må være fra 1 til 5.")))
                .andExpect(content().string(containsString("Velg en verdi fra 1 til 5.")));
        MockHttpServletRequestBuilder full = post("/maturity/{r}/answer", round.id())
                .with(users.session(respondent))
                .with(csrf())
                .param("version", "-1");
        for (String s : MaturityTemplate.DEFAULT.statements()) {
            full.param("scores[" + s + "]", "4");
        }
        mvc.perform(full).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/maturity"));
        // The results wait for the round to close; so do its documents.
        mvc.perform(get(roundPath).with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Resultatene vises når runden er lukket")));
        mvc.perform(get(roundPath + "/results.pdf").with(users.session(coordinator)))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("Resultatene finnes først når runden er lukket.")));
        // Someone outside the clinic does not reach the form.
        mvc.perform(get("/maturity/{r}/answer", round.id()).with(users.session("nina")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theResultsAreAnAccessibleArchivablePdfAndAWorkbook() throws Exception {
        Programme hp = hp();
        Round latest = latest(hp);
        String path = "/programmes/" + hp.id() + "/maturity/" + latest.id() + "/results.";
        byte[] pdf = mvc.perform(get(path + "pdf").with(users.session("nina")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Printed.text(pdf))
                .contains("Modenhetsvurdering: Modenhetsvurdering før go-live 2022 (demo)")
                .contains("(sammen med Helse Nord-")
                .contains("Helse Møre og Romsdal HF 9")
                .contains("Ledelsesforankring")
                .contains("Demodata");
        assertThat(PdfConformance.brokenRules(pdf))
                .as("rules of PDF/UA-1 and PDF/A-2a broken")
                .isEmpty();
        byte[] xlsx = mvc.perform(get(path + "xlsx").with(users.session("nina")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet means = workbook.getSheet("Gjennomsnitt");
            assertThat(means.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Ledelsesforankring");
            assertThat(means.getRow(1).getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(5);
            assertThat(workbook.getSheet("Endring")).isNotNull();
        }
    }

    private Programme hp() {
        return users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.name().startsWith("Helseplattformen"))
                        .findFirst()
                        .orElseThrow());
    }

    private Round latest(Programme hp) {
        return users.callAs(
                "kari",
                () -> rounds.rounds(hp.id()).stream()
                        .filter(Round::demo)
                        .findFirst()
                        .orElseThrow());
    }
}
