package no.gevinst.portfolio;

import static no.gevinst.Printed.text;
import static no.gevinst.TestProgrammes.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A programme whose stored valuation cannot be computed (a cycle of assumptions written straight into the database,
 * past every check, as one stored before the check existed would be) never breaks a page or report for everyone:
 * each shows the programme's problem in place, and the API names it.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class BrokenValuationIT {

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private Programme broken;

    @BeforeEach
    void aCircularChainOfAssumptionsStoredPastTheChecks() {
        broken = testProgrammes.create();
        insertFormula("forste", "andre + 1");
        insertFormula("andre", "forste * 2");
    }

    @AfterEach
    void mend() {
        // Every test of the run shares the database: the broken programme must not linger in others' portfolios.
        jdbc.sql("DELETE FROM assumption WHERE programme_id = :p")
                .param("p", broken.id().value())
                .update();
    }

    @Test
    void thePortfolioPageRendersAndNamesTheProgrammeThatCannotBeValued() throws Exception {
        mvc.perform(get("/portfolio").with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("valuation-problems")))
                .andExpect(content().string(Matchers.containsString(broken.name())))
                .andExpect(content().string(Matchers.containsString("forste")));
    }

    @Test
    void theDoubleCountingPageRendersAndNamesTheProgrammeThatCannotBeValued() throws Exception {
        for (String page : List.of("/portfolio/conflicts", "/portfolio/conflicts?programme=" + broken.id())) {
            mvc.perform(get(page).with(users.session(COORDINATOR)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("valuation-problems")))
                    .andExpect(content().string(Matchers.containsString(broken.name())));
        }
    }

    @Test
    void theDashboardApiListsTheProblemWithItsProgrammeAndCause() throws Exception {
        mvc.perform(get("/api/v1/portfolio/dashboard").with(httpBasic(COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems[?(@.programmeName == '" + broken.name() + "')]")
                        .exists())
                .andExpect(jsonPath("$.problems[?(@.programmeName == '" + broken.name() + "')].causes[0].messageKey")
                        .value(Matchers.hasItem("valuation.formula.circular")));
    }

    @Test
    void theValuationApiAnswers422NamingTheProgrammeAndTheCycle() throws Exception {
        mvc.perform(get("/api/v1/programmes/" + broken.id() + "/valuation")
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.programmeId").value(broken.id().toString()))
                .andExpect(jsonPath("$.programme").value(broken.name()))
                .andExpect(jsonPath("$.errors[0].code").value("valuation.formula.circular"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("forste")));
    }

    @Test
    void theValuationPageOpensWithTheProblemInPlaceOfTheFigures() throws Exception {
        mvc.perform(get("/programmes/" + broken.id() + "/valuation").with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("valuation-unavailable")))
                .andExpect(content().string(Matchers.containsString("forste")));
    }

    @Test
    void theSteeringReportIsWrittenAndNamesTheProgramme() throws Exception {
        byte[] pdf = mvc.perform(get("/portfolio/report.pdf").with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(text(pdf)).contains(broken.name());
    }

    @Test
    void aDivisionByZeroIsShownTheSameWay() throws Exception {
        mend();
        jdbc.sql("""
                        INSERT INTO assumption (id, programme_id, name, likely, unit, source, owner)
                        VALUES (:id, :p, 'ingen', 0, '', '', '')
                        """)
                .param("id", UUID.randomUUID())
                .param("p", broken.id().value())
                .update();
        insertFormula("per_person", "100 / ingen");

        mvc.perform(get("/api/v1/programmes/" + broken.id() + "/valuation")
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("valuation.formula.divisionByZero"));
        mvc.perform(get("/portfolio").with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(broken.name())));
    }

    private void insertFormula(String name, String formula) {
        jdbc.sql("""
                        INSERT INTO assumption (id, programme_id, name, formula, unit, source, owner)
                        VALUES (:id, :p, :name, :formula, '', '', '')
                        """)
                .param("id", UUID.randomUUID())
                .param("p", broken.id().value())
                .param("name", name)
                .param("formula", formula)
                .update();
    }
}
