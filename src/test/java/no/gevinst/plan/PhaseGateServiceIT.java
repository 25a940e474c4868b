package no.gevinst.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.audit.AuditEntry;
import no.gevinst.audit.AuditLog;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The gate between phases, on programmes the tests create for themselves so that the demo programmes stay in the
 * phases other tests expect.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class PhaseGateServiceIT {

    private static final String DEMO_PASSWORD = "gevinst-demo";

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    PhaseGates gates;

    @Autowired
    Programmes programmes;

    @Autowired
    Benefits benefits;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestProgrammes testProgrammes;

    @Test
    void theChecklistNamesTheBenefitsThatFallShort() {
        Programme programme = newProgramme();
        Benefit bare = bareBenefit(programme, "Kortere svartid på henvisninger");

        GateCheck check = users.callAs(COORDINATOR, () -> gates.check(programme.id()));

        assertThat(check.from()).isEqualTo(Phase.IDENTIFY);
        assertThat(check.to()).isEqualTo(Phase.PLAN);
        assertThat(check.passes()).isFalse();
        assertThat(check.gaps())
                .extracting(GateItem::messageKey)
                .containsExactlyInAnyOrder(
                        "phaseGate.item.described", "phaseGate.item.owner", "phaseGate.item.objective");
        assertThat(check.gaps())
                .allSatisfy(item -> assertThat(item.failing())
                        .extracting(Shortfall::benefit, Shortfall::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(bare.id(), bare.code())));
    }

    @Test
    void movingOnWithGapsAndNoDecisionIsRefusedAndChangesNothing() {
        Programme programme = newProgramme();
        bareBenefit(programme, "Færre telefoner til fastlegen");
        long audited = audited(programme.id());

        for (String decision : new String[] {null, "  "}) {
            assertThatThrownBy(() -> users.runAs(COORDINATOR, () -> gates.advance(programme.id(), decision)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .extracting(FieldViolation::field, FieldViolation::messageKey)
                                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                            "decision", "phaseGate.decision.required")));
        }

        assertThat(phaseOf(programme)).isEqualTo(Phase.IDENTIFY);
        assertThat(decisionRows(programme.id())).isZero();
        assertThat(audited(programme.id())).isEqualTo(audited);
    }

    @Test
    void aDecisionMovesTheProgrammeOnePhaseAndIsRecordedWithTheGaps() {
        Programme programme = newProgramme();
        Benefit bare = bareBenefit(programme, "Mindre dobbeltarbeid i kommunen");

        Programme moved = users.callAs(
                COORDINATOR, () -> gates.advance(programme.id(), " Styringsgruppen vedtok 12.3. å gå videre. "));

        assertThat(moved.currentPhase()).isEqualTo(Phase.PLAN);
        assertThat(phaseOf(programme)).isEqualTo(Phase.PLAN);
        List<GateDecision> decisions = users.callAs(COORDINATOR, () -> gates.decisions(programme.id()));
        assertThat(decisions).hasSize(1);
        GateDecision decision = decisions.getFirst();
        assertThat(decision.from()).isEqualTo(Phase.IDENTIFY);
        assertThat(decision.to()).isEqualTo(Phase.PLAN);
        assertThat(decision.decision()).isEqualTo("Styringsgruppen vedtok 12.3. å gå videre.");
        assertThat(decision.decidedBy()).isEqualTo(COORDINATOR);
        assertThat(decision.gaps())
                .extracting(GateItem::messageKey)
                .contains("phaseGate.item.owner", "phaseGate.item.objective");
        assertThat(decision.gaps())
                .flatExtracting(GateItem::failing)
                .extracting(Shortfall::benefit)
                .containsOnly(bare.id());

        List<AuditEntry> history = auditLog.history("programme", programme.id());
        assertThat(history.getLast().action()).isEqualTo("move-phase");
        assertThat(history.getLast().actor()).isEqualTo(COORDINATOR);
        assertThat(history.getLast().changedFields()).contains("currentPhase");
        assertThat(auditLog.history("phase-gate-decision", decision.id())).hasSize(1);

        // The next gate asks what planning demands, an approved plan among it.
        GateCheck next = users.callAs(COORDINATOR, () -> gates.check(programme.id()));
        assertThat(next.from()).isEqualTo(Phase.PLAN);
        assertThat(next.gaps()).extracting(GateItem::messageKey).contains("phaseGate.item.approvedPlan");
    }

    @Test
    void aProgrammeMovesOnlyToTheNextPhase() {
        Programme programme = newProgramme();
        for (Phase wrong : new Phase[] {Phase.IDENTIFY, Phase.REALISE, Phase.CLOSE}) {
            assertThatThrownBy(() -> users.runAs(COORDINATOR, () -> programmes.moveToPhase(programme.id(), wrong)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .extracting(FieldViolation::field)
                                    .containsExactly("phase"));
        }
        assertThat(phaseOf(programme)).isEqualTo(Phase.IDENTIFY);
    }

    @Test
    void readersAndOwnersMayReadTheChecklistButNotMoveOn() {
        Programme hp = hp();
        Phase before = hp.currentPhase();
        assertThat(users.callAs("nina", () -> gates.check(hp.id())).from()).isEqualTo(before);
        for (String user : List.of("nina", "ole")) {
            assertThatThrownBy(() -> users.runAs(user, () -> gates.advance(hp.id(), "Vi går videre")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.runAs(user, () -> programmes.moveToPhase(hp.id(), Phase.DOCUMENT)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(users.callAs("kari", this::hp).currentPhase()).isEqualTo(before);
        assertThat(decisionRows(hp.id())).isZero();
    }

    @Test
    void theProgrammeFormAndApiNoLongerChangeThePhase() throws Exception {
        Programme programme = newProgramme();
        assertThatThrownBy(() -> users.runAs(
                        COORDINATOR,
                        () -> programmes.update(programme.id(), input(programme, "REALISE"), programme.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "currentPhase", "programme.phase.throughGate")));
        // Without a phase, or with the one it is in, the rest of the programme is saved and the phase kept.
        Programme renamed = users.callAs(
                COORDINATOR, () -> programmes.update(programme.id(), input(programme, null), programme.version()));
        assertThat(renamed.currentPhase()).isEqualTo(Phase.IDENTIFY);

        mvc.perform(put("/api/v1/programmes/" + programme.id())
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .header("If-Match", "\"" + renamed.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "name": "Faseprøve", "ownerOrganisationId": "%s", "currentPhase": "CLOSE"}
                                """.formatted(programme.code(), programme.owner())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPhase"));

        mvc.perform(post("/programmes/" + programme.id())
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .param("code", programme.code())
                        .param("name", "Faseprøve")
                        .param("ownerOrganisationId", programme.owner().toString())
                        .param("currentPhase", "DOCUMENT")
                        .param("version", String.valueOf(renamed.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("endres bare ved faseovergangen")));
        // The edit form does not offer the phase at all.
        mvc.perform(get("/programmes/" + programme.id() + "/edit").with(users.session(COORDINATOR)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"currentPhase\""))));
        assertThat(phaseOf(programme)).isEqualTo(Phase.IDENTIFY);
    }

    @Test
    void theApiChecksAndMovesOnWithProblemDetailsAndForbidsReaders() throws Exception {
        Programme programme = newProgramme();
        Benefit bare = bareBenefit(programme, "Raskere utskrivning");
        String url = "/api/v1/programmes/" + programme.id() + "/phase-gate";

        mvc.perform(get(url).with(httpBasic(COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("IDENTIFY"))
                .andExpect(jsonPath("$.to").value("PLAN"))
                .andExpect(jsonPath("$.passes").value(false))
                .andExpect(jsonPath("$.items[?(@.messageKey == 'phaseGate.item.owner')].failing[0].code")
                        .value(bare.code()));
        mvc.perform(post(url)
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        mvc.perform(post("/api/v1/programmes/" + hp().id() + "/phase-gate")
                        .with(httpBasic("nina", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"Vi går videre\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url)
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"Vedtatt i styringsgruppen\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentPhase").value("PLAN"));
        mvc.perform(get(url).with(httpBasic(COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(jsonPath("$.from").value("PLAN"))
                .andExpect(jsonPath("$.decisions[0].decision").value("Vedtatt i styringsgruppen"));
    }

    @Test
    void thePageKeepsTheTypedDecisionWhenRefusedAndReportsTheMoveOnTheOverview() throws Exception {
        Programme programme = newProgramme();
        bareBenefit(programme, "Bedre oversikt over legemidler");
        String page = "/programmes/" + programme.id() + "/phase-gate";

        mvc.perform(get(page).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hver gevinst har en gevinsteier.")))
                .andExpect(content().string(Matchers.containsString("name=\"decision\"")));
        mvc.perform(post(page).with(users.session(COORDINATOR)).with(csrf()).param("decision", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"decision-error\"")))
                .andExpect(
                        content().string(Matchers.containsString("aria-describedby=\"decision-hint decision-error\"")));
        mvc.perform(post(page).with(users.session(COORDINATOR)).with(csrf()).param("decision", "Besluttet"))
                .andExpect(redirectedUrl("/programmes/" + programme.id()))
                .andExpect(flash().attribute("movedTo", "phase.PLAN"));
        mvc.perform(get(page).with(users.session("nina"))).andExpect(status().isNotFound());
    }

    private Programme newProgramme() {
        Programme created = testProgrammes.create();
        assertThat(created.currentPhase()).isEqualTo(Phase.IDENTIFY);
        return created;
    }

    private static ProgrammeInput input(Programme programme, String phase) {
        return ProgrammeInput.builder()
                .code(programme.code())
                .name("Faseprøve")
                .description("")
                .ownerOrganisationId(programme.owner().toString())
                .currentPhase(phase)
                .build();
    }

    private Benefit bareBenefit(Programme programme, String title) {
        return testProgrammes.bareBenefit(programme, title);
    }

    private Programme hp() {
        return users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow());
    }

    private Phase phaseOf(Programme programme) {
        return Phase.valueOf(jdbc.sql("SELECT current_phase FROM programme WHERE id = :id")
                .param("id", programme.id().value())
                .query(String.class)
                .single());
    }

    private long decisionRows(ProgrammeId programme) {
        return jdbc.sql("SELECT count(*) FROM phase_gate_decision WHERE programme_id = :id")
                .param("id", programme.value())
                .query(Long.class)
                .single();
    }

    private long audited(ProgrammeId programme) {
        return auditLog.history("programme", programme).size();
    }
}
