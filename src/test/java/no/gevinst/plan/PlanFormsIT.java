package no.gevinst.plan;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan module's page forms refuse bad input on the page itself: 422 with the form shown again holding what was
 * typed and the error beside the field it names, 409 when the record changed since the page was read, and nothing
 * written either way; a saved form still goes back to the plan with its message.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class PlanFormsIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    Plans plans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewPlanForAnUnknownPartyIsShownAgainWithTheTitleTyped() throws Exception {
        Programme programme = testProgrammes.create();
        String before = rows("plan", "programme_id", programme.id().toString());
        MockHttpServletResponse response = send(post("/programmes/" + programme.id() + "/plans")
                .param("partyId", "not-a-uuid")
                .param("title", "Var egen plan"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"Var egen plan\"")
                .satisfies(errorBeside("partyId"))
                .contains("Planen gjelder");
        assertThat(rows("plan", "programme_id", programme.id().toString())).isEqualTo(before);

        MockHttpServletResponse saved = send(post("/programmes/" + programme.id() + "/plans")
                .param("partyId", "")
                .param("title", "Planen"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).startsWith("/plans/");
    }

    @Test
    void aGateDecisionLeftBlankIsRefusedAtItsFieldAndMovesNothing() throws Exception {
        Programme programme = testProgrammes.create();
        testProgrammes.bareBenefit(programme, "Bedre oversikt over skjema");
        String before =
                rows("phase_gate_decision", "programme_id", programme.id().toString());
        MockHttpServletResponse response =
                send(post("/programmes/" + programme.id() + "/phase-gate").param("decision", "   "));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("id=\"decision-error\"")
                .contains("aria-describedby=\"decision-hint decision-error\"")
                .contains("Beslutning");
        assertThat(rows("phase_gate_decision", "programme_id", programme.id().toString()))
                .isEqualTo(before);
    }

    @Test
    void proseWithAStaleOrMissingVersionIsShownAgainWithWhatWasWritten() throws Exception {
        Plan plan = plan();
        String before = rows("plan_version", "plan_id", plan.id().toString());
        String path = "/plans/" + plan.id() + "/versions/1/sections";
        MockHttpServletResponse stale = send(
                post(path).param("background", "Skrevet mens noen andre lagret").param("version", "999"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("Skrevet mens noen andre lagret").contains("Noen andre har endret dette");
        MockHttpServletResponse missing = send(post(path).param("background", "Uten versjon"));
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(body(missing)).contains("Uten versjon").contains("id=\"error-summary\"");
        assertThat(rows("plan_version", "plan_id", plan.id().toString())).isEqualTo(before);
    }

    @Test
    void anApprovalDatedInTheFutureIsShownAgainWithTheReferenceTyped() throws Exception {
        Plan plan = plan();
        users.runAs(COORDINATOR, () -> plans.submit(plan.id(), 1, 0));
        String before = rows("plan_version", "plan_id", plan.id().toString());
        String path = "/plans/" + plan.id() + "/versions/1/approve";
        MockHttpServletResponse response = send(post(path)
                .param("onBehalfOf", "Styringsgruppen")
                .param("decisionDate", NorwegianTime.today().plusDays(3).toString())
                .param("reference", "SG 14/26")
                .param("version", "1"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"SG 14/26\"")
                .satisfies(errorBeside("decisionDate"))
                .contains("fram i tid");
        MockHttpServletResponse stale = send(post(path)
                .param("onBehalfOf", "Styringsgruppen")
                .param("decisionDate", NorwegianTime.today().toString())
                .param("reference", "SG 15/26")
                .param("version", "0"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("value=\"SG 15/26\"");
        assertThat(send(post("/plans/" + plan.id() + "/versions/1/return").param("version", "0"))
                        .getStatus())
                .isEqualTo(409);
        assertThat(rows("plan_version", "plan_id", plan.id().toString())).isEqualTo(before);
    }

    @Test
    void aStaleOrMissingSubmissionAndADraftBesideAnOpenOneAreRefusedOnThePage() throws Exception {
        Plan plan = plan();
        String before = rows("plan_version", "plan_id", plan.id().toString());
        String submit = "/plans/" + plan.id() + "/versions/1/submit";
        assertThat(send(post(submit).param("version", "7")).getStatus()).isEqualTo(409);
        MockHttpServletResponse missing = send(post(submit));
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(body(missing)).contains("id=\"error-summary\"");
        MockHttpServletResponse draft =
                send(post("/plans/" + plan.id() + "/versions").param("reason", "Ny runde"));
        assertThat(draft.getStatus()).isEqualTo(422);
        assertThat(body(draft)).contains("error-summary").contains("#reason");
        assertThat(rows("plan_version", "plan_id", plan.id().toString())).isEqualTo(before);
    }

    @Test
    void aMeasureWithAnImpossibleDeadlineIsShownAgainWithWhatWasTyped() throws Exception {
        Programme programme = testProgrammes.create();
        String benefit = testProgrammes
                .bareBenefit(programme, "Kortere ventetid i skjema")
                .id()
                .toString();
        Plan plan = users.callAs(COORDINATOR, () -> plans.create(programme.id(), new Plans.PlanInput("", "Planen")));
        String before = rows("plan_measure", "plan_id", plan.id().toString());
        MockHttpServletResponse response = send(post("/plans/" + plan.id() + "/measures")
                .param("action", "Kurs i ny arbeidsflyt")
                .param("benefitIds", benefit)
                .param("deadline", "2027-02-30")
                .param("status", "PLANNED")
                .param("cost", "150 000"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"Kurs i ny arbeidsflyt\"")
                .contains("value=\"2027-02-30\"")
                .contains("value=\"150 000\"")
                .satisfies(errorBeside("deadline"))
                .contains("<details open")
                .containsPattern("value=\"" + benefit + "\"\\s+checked");
        assertThat(rows("plan_measure", "plan_id", plan.id().toString())).isEqualTo(before);
    }

    @Test
    void aRiskOffTheScaleIsShownAgainWithWhatWasTyped() throws Exception {
        Plan plan = plan();
        String before = rows("plan_risk", "plan_id", plan.id().toString());
        MockHttpServletResponse response = send(post("/plans/" + plan.id() + "/risks")
                .param("description", "Lav bruk av ny losning")
                .param("probability", "9")
                .param("impact", "3")
                .param("status", "OPEN"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"Lav bruk av ny losning\"")
                .contains("value=\"9\"")
                .satisfies(errorBeside("probability"))
                .contains("Sannsynlighet");
        assertThat(rows("plan_risk", "plan_id", plan.id().toString())).isEqualTo(before);
    }

    @Test
    void removingAMeasureOrARiskFromAStalePageIsAConflict() throws Exception {
        Plan plan = plan();
        Measure measure = users.callAs(
                COORDINATOR,
                () -> plans.addMeasure(plan.id(), new Plans.MeasureInput("Rydde", List.of(), "", "", "", "")));
        Risk risk = users.callAs(
                COORDINATOR,
                () -> plans.addRisk(plan.id(), new Plans.RiskInput("Lav bruk", "", "", "", "3", "3", "", "", "")));
        String measures = rows("plan_measure", "plan_id", plan.id().toString());
        String risks = rows("plan_risk", "plan_id", plan.id().toString());
        MockHttpServletResponse staleMeasure =
                send(post("/plans/" + plan.id() + "/measures/" + measure.id() + "/delete")
                        .param("version", "9"));
        assertThat(staleMeasure.getStatus()).isEqualTo(409);
        assertThat(body(staleMeasure)).contains("Noen andre har endret dette");
        assertThat(send(post("/plans/" + plan.id() + "/risks/" + risk.id() + "/delete")
                                .param("version", "9"))
                        .getStatus())
                .isEqualTo(409);
        assertThat(send(post("/plans/" + plan.id() + "/risks/" + risk.id() + "/delete"))
                        .getStatus())
                .isEqualTo(422);
        assertThat(rows("plan_measure", "plan_id", plan.id().toString())).isEqualTo(measures);
        assertThat(rows("plan_risk", "plan_id", plan.id().toString())).isEqualTo(risks);
    }

    @Test
    void aYearTheAnnualStatusRefusedIsShownAtItsField() throws Exception {
        Plan plan = plan();
        // The report module sends the refused year back to the plan page, flashed in the session (kept in the
        // database, so found again by its cookie); the page shows it at its field.
        var refused = mvc.perform(get("/plans/" + plan.id() + "/annual-status.pdf")
                        .param("year", "1901")
                        .with(users.session(COORDINATOR)))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + plan.id() + "#annual-status");
        MockHttpServletResponse response = mvc.perform(get("/plans/" + plan.id())
                        .cookie(refused.getResponse().getCookies())
                        .with(users.session(COORDINATOR)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).contains("value=\"1901\"").satisfies(errorBeside("annual-year"));
    }

    private Plan plan() {
        Programme programme = testProgrammes.create();
        return users.callAs(COORDINATOR, () -> plans.create(programme.id(), new Plans.PlanInput("", "Planen")));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.session(COORDINATOR)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** Every row of the table that belongs to the programme or plan, as stored, to see that nothing was written. */
    private String rows(String table, String column, String id) {
        return jdbc.sql("SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM " + table + " t WHERE "
                        + column + " = :id::uuid")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
