package no.gevinst.valuation;

import static no.gevinst.TestProgrammes.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refused valuation write leaves no row and no audit entry behind, and the programme's valuation still answers
 * afterwards; a stale version is refused the same way; an accepted overwrite keeps its before-state in the audit log.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class RefusedWritesLeaveNothingIT {

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Valuations valuations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private Programme programme;
    private Benefit priced;

    @BeforeEach
    void aProgrammeWithATimeSavingThatUsesTwoAssumptions() {
        programme = testProgrammes.create();
        priced = testProgrammes.bareBenefit(programme, "Mindre dobbeltdokumentasjon", "CAPACITY");
        users.runAs(COORDINATOR, () -> {
            valuations.saveAssumption(programme.id(), plain("sykepleiere", "10"));
            valuations.saveAssumption(
                    programme.id(),
                    AssumptionInputBuilder.formula("timer", "sykepleiere * 2").build());
            valuations.setModel(
                    priced.id(),
                    new ValuationInputs.ModelInput(
                            "OWN_ORGANISATION",
                            "TIME_SAVING",
                            Map.of(
                                    "persons", "sykepleiere",
                                    "minutesPerPeriod", "timer",
                                    "periodsPerYear", "12",
                                    "hourlyCost", "600"),
                            "2026",
                            "CUMULATIVE",
                            List.of("100")));
        });
    }

    @Test
    void aCircularFormulaIsRefusedAndLeavesNoRowNoAuditEntryAndAWorkingValuation() throws Exception {
        long assumptions = rows("assumption");
        long audit = rows("audit_log");

        // sykepleiere is a plain value that timer is derived from: making it derived from timer closes a circle.
        mvc.perform(api(post("/api/v1/programmes/" + programme.id() + "/assumptions"))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .content("{\"name\":\"sykepleiere\",\"formula\":\"timer / 2\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("valuation.formula.circular"));

        assertThat(rows("assumption")).isEqualTo(assumptions);
        assertThat(rows("audit_log")).isEqualTo(audit);
        assertThat(formulaOf("sykepleiere")).isEmpty();
        mvc.perform(api(get("/api/v1/programmes/" + programme.id() + "/valuation")))
                .andExpect(status().isOk());
        mvc.perform(get("/portfolio").with(users.session(COORDINATOR))).andExpect(status().isOk());
    }

    @Test
    void aNewDerivedAssumptionThatClosesACircleLeavesNothing() throws Exception {
        long audit = rows("audit_log");
        long assumptions = rows("assumption");

        mvc.perform(api(post("/api/v1/programmes/" + programme.id() + "/assumptions"))
                        .content("{\"name\":\"a\",\"formula\":\"b + 1\"}"))
                .andExpect(status().isBadRequest());

        assertThat(rows("assumption")).isEqualTo(assumptions);
        assertThat(rows("audit_log")).isEqualTo(audit);
    }

    @Test
    void aModelThatDividesByZeroIsRefusedAndLeavesTheStoredModel() throws Exception {
        long audit = rows("audit_log");
        String before = storedModel();

        mvc.perform(api(put("/api/v1/benefits/" + priced.id() + "/valuation"))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .content("""
                                {"actor":"OWN_ORGANISATION","kind":"TIME_SAVING",
                                 "parameters":{"persons":"sykepleiere / 0","minutesPerPeriod":"1",
                                   "periodsPerYear":"1","hourlyCost":"1"},
                                 "phaseInFirstYear":"2026","phaseInForm":"CUMULATIVE","phaseInShares":["100"]}
                                """))
                .andExpect(status().isBadRequest());

        assertThat(storedModel()).isEqualTo(before);
        assertThat(rows("audit_log")).isEqualTo(audit);
    }

    @Test
    void aStaleOrMissingVersionIsRefusedAndChangesNothing() throws Exception {
        long audit = rows("audit_log");
        mvc.perform(api(post("/api/v1/programmes/" + programme.id() + "/assumptions"))
                        .content("{\"name\":\"sykepleiere\",\"likely\":\"12\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(api(post("/api/v1/programmes/" + programme.id() + "/assumptions"))
                        .content("{\"name\":\"sykepleiere\",\"likely\":\"12\",\"version\":\"5\"}"))
                .andExpect(status().isConflict());
        mvc.perform(api(put("/api/v1/benefits/" + priced.id() + "/valuation"))
                        .header(HttpHeaders.IF_MATCH, "\"3\"")
                        .content("""
                                {"actor":"OWN_ORGANISATION","kind":"TIME_SAVING",
                                 "parameters":{"persons":"1","minutesPerPeriod":"1",
                                   "periodsPerYear":"1","hourlyCost":"1"},
                                 "phaseInFirstYear":"2026","phaseInForm":"CUMULATIVE","phaseInShares":["100"]}
                                """))
                .andExpect(status().isConflict());

        assertThat(rows("audit_log")).isEqualTo(audit);
        assertThat(likelyOf("sykepleiere")).isEqualByComparingTo("10");
    }

    @Test
    void anOverwriteNamesItsVersionAnswersTheNextAndKeepsTheBeforeStateInTheAuditLog() throws Exception {
        mvc.perform(api(post("/api/v1/programmes/" + programme.id() + "/assumptions"))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .content("{\"name\":\"sykepleiere\",\"likely\":\"12\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.versions.assumptions.sykepleiere").value(1));

        String before = jdbc.sql("""
                        SELECT before_state::text FROM audit_log
                        WHERE entity_type = 'assumption' AND entity_id = :id ORDER BY id DESC LIMIT 1
                        """)
                .param("id", programme.id() + "/sykepleiere")
                .query(String.class)
                .single();
        assertThat(before).contains("\"likely\": 10").contains("\"version\": 0");
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(COORDINATOR, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private static ValuationInputs.AssumptionInput plain(String name, String likely) {
        return AssumptionInputBuilder.number(name, likely).build();
    }

    private long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private String formulaOf(String name) {
        return jdbc.sql("SELECT coalesce(formula, '') FROM assumption WHERE programme_id = :p AND name = :n")
                .param("p", programme.id().value())
                .param("n", name)
                .query(String.class)
                .single();
    }

    private java.math.BigDecimal likelyOf(String name) {
        return jdbc.sql("SELECT likely FROM assumption WHERE programme_id = :p AND name = :n")
                .param("p", programme.id().value())
                .param("n", name)
                .query(java.math.BigDecimal.class)
                .single();
    }

    private String storedModel() {
        return jdbc.sql("SELECT parameters::text || version FROM benefit_valuation WHERE benefit_id = :b")
                .param("b", priced.id().value())
                .query(String.class)
                .single();
    }
}
