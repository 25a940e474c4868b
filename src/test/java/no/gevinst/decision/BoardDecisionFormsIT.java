package no.gevinst.decision;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.Benefits;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The board decision pages' forms refuse bad input on the page itself: 422 with the form shown again holding what was
 * typed and the error beside the field it names, 409 when the decision changed since it was read, nothing written
 * either way. A programme of the test's own with one trust, one indicator and a decision in force with one target.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class BoardDecisionFormsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Decisions decisions;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    private String coordinator;
    private Programme programme;
    private Organisation trust;
    private Indicator indicator;
    private BoardDecision inForce;

    @BeforeEach
    void aProgrammeWithADecisionInForce() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Organisation owner = organisation("Skjema-RHF " + suffix);
        trust = organisation("Skjema-HF " + suffix);
        coordinator = users.withRole("skjema-k-" + suffix, Role.GEVINSTKOORDINATOR, owner.id());
        programme = users.callAs(
                TestUsers.ADMIN,
                () -> programmes.create(ProgrammeInput.builder()
                        .code("SK" + suffix)
                        .name("Skjemaprøve " + suffix)
                        .description("")
                        .ownerOrganisationId(owner.id().toString())
                        .economicTargetNok("1000000")
                        .economicTargetFrom("2026")
                        .parties(
                                List.of(new ProgrammeInput.PartyInput(trust.id().toString(), null, "Helseforetak")))
                        .build()));
        Benefit benefit = users.callAs(
                coordinator,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Færre liggedøgn")
                        .benefitClass("CASH_RELEASING")
                        .allocations(List.of(
                                new BenefitInput.AllocationInput(trust.id().toString(), "100")))
                        .build()));
        indicator = users.callAs(
                coordinator,
                () -> indicators.create(TestIndicators.monthly(benefit.id().toString(), "Liggedøgn per måned", null)));
        inForce = users.callAs(coordinator, () -> {
            BoardDecision first = decisions.record(
                    programme.id(),
                    new DecisionInput("Styret", "2024-06-20", "45/24", "Styresak 45/24", "Mål", "", null));
            return decisions.setEconomicTarget(
                    programme.id(),
                    first.number(),
                    new EconomicTargetInput(trust.id().toString(), "2026", "CASH_RELEASING", "500000"),
                    first.version());
        });
    }

    @Test
    void aNewDecisionWithAnImpossibleDateIsShownAgainWithTheDateAndItsError() throws Exception {
        String before = rows();
        MockHttpServletResponse response = send(post(decisionsPath())
                .param("decidingBody", "Styret i Skjema-RHF")
                .param("decidedOn", "2025-02-30")
                .param("caseNumber", "77/25")
                .param("summary", "Nye mål")
                .param("carryTargets", "true")
                .param("inForceVersion", Long.toString(inForce.version())));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"2025-02-30\"")
                .contains("value=\"77/25\"")
                .contains("Nye mål")
                .satisfies(errorBeside("decidedOn"))
                .contains("href=\"#decidedOn\"")
                .contains("Vedtaksdato");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aNewDecisionSupersedingAStaleOneIsAConflictKeepingWhatWasTyped() throws Exception {
        String before = rows();
        MockHttpServletResponse response = send(post(decisionsPath())
                .param("decidingBody", "Styret i Skjema-RHF")
                .param("decidedOn", "2025-02-28")
                .param("caseNumber", "78/25")
                .param("inForceVersion", "999"));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response)).contains("value=\"78/25\"").contains("Noen andre har endret dette");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anEconomicTargetOfNoAmountIsShownAgainInItsFormAndAStaleOneIsAConflict() throws Exception {
        String before = rows();
        MockHttpServletResponse response = send(post(decisionPath() + "/economic-targets")
                .param("organisation", trust.id().toString())
                .param("year", "2027")
                .param("benefitClass", "CASH_RELEASING")
                .param("nok", "mange")
                .param("version", Long.toString(inForce.version())));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"mange\"")
                .contains("value=\"2027\"")
                .satisfies(errorBeside("e-nok"))
                .contains("href=\"#e-nok\"")
                .contains("Kroner")
                .satisfies(chosenAgain("e-organisation"));
        // A missing year and unreadable kroner are named together, not the blank one first and the other after.
        MockHttpServletResponse both = send(post(decisionPath() + "/economic-targets")
                .param("organisation", trust.id().toString())
                .param("year", "")
                .param("benefitClass", "CASH_RELEASING")
                .param("nok", "mange")
                .param("version", Long.toString(inForce.version())));
        assertThat(both.getStatus()).isEqualTo(422);
        assertThat(body(both)).contains("href=\"#e-year\"").contains("href=\"#e-nok\"");
        MockHttpServletResponse stale = send(post(decisionPath() + "/economic-targets")
                .param("organisation", trust.id().toString())
                .param("year", "2027")
                .param("benefitClass", "CASH_RELEASING")
                .param("nok", "750000")
                .param("version", "999"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("value=\"750000\"").contains("Noen andre har endret dette");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aKpiTargetWithAnImpossibleDueDateIsShownAgainInItsFormAndAStaleOneIsAConflict() throws Exception {
        String before = rows();
        MockHttpServletResponse response = send(post(decisionPath() + "/kpi-targets")
                .param("organisation", trust.id().toString())
                .param("indicator", indicator.id().toString())
                .param("targetValue", "12,5")
                .param("due", "2026-13-01")
                .param("version", Long.toString(inForce.version())));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"2026-13-01\"")
                .contains("value=\"12,5\"")
                .satisfies(errorBeside("k-due"))
                .contains("Frist")
                .satisfies(chosenAgain("k-organisation"));
        MockHttpServletResponse stale = send(post(decisionPath() + "/kpi-targets")
                .param("organisation", trust.id().toString())
                .param("indicator", indicator.id().toString())
                .param("targetValue", "12,5")
                .param("due", "2026-12-31")
                .param("version", "999"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void removingATargetFromAStaleDecisionIsAConflictAndOneNotSetIsRefused() throws Exception {
        String before = rows();
        MockHttpServletResponse stale = send(post(decisionPath() + "/economic-targets/remove")
                .param("organisation", trust.id().toString())
                .param("year", "2026")
                .param("benefitClass", "CASH_RELEASING")
                .param("version", "999"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("Noen andre har endret dette");
        MockHttpServletResponse notSet = send(post(decisionPath() + "/kpi-targets/remove")
                .param("organisation", trust.id().toString())
                .param("indicator", indicator.id().toString())
                .param("version", Long.toString(inForce.version())));
        assertThat(notSet.getStatus()).isEqualTo(422);
        assertThat(body(notSet)).contains("id=\"k-error-summary\"");
        assertThat(rows()).isEqualTo(before);
    }

    /** The organisation as sent is chosen again in the refused form's list of organisations. */
    private java.util.function.Consumer<String> chosenAgain(String selectId) {
        return html -> {
            String select = html.substring(html.indexOf("id=\"" + selectId + "\""));
            select = select.substring(0, select.indexOf("</select>"));
            assertThat(select).containsPattern("value=\"" + trust.id() + "\"\\s+selected");
        };
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.session(coordinator)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private String decisionsPath() {
        return "/programmes/" + programme.id() + "/decisions";
    }

    private String decisionPath() {
        return decisionsPath() + "/" + inForce.number();
    }

    /** The programme's decisions and targets as stored, to see that a refused form wrote nothing. */
    private String rows() {
        return jdbc.sql("""
                        SELECT coalesce((SELECT string_agg(d::text, '|' ORDER BY d.number) FROM board_decision d
                                         WHERE d.programme_id = :p), '')
                            || '#' || (SELECT count(*) FROM decided_economic_target e
                                       JOIN board_decision d ON d.id = e.decision_id WHERE d.programme_id = :p)
                            || '#' || (SELECT count(*) FROM decided_kpi_target k
                                       JOIN board_decision d ON d.id = k.decision_id WHERE d.programme_id = :p)
                        """)
                .param("p", programme.id().value())
                .query(String.class)
                .single();
    }

    private Organisation organisation(String name) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(name, "HF", TestOrganisationNumbers.unique(), null)));
    }
}
