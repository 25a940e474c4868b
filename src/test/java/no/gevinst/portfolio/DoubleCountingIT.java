package no.gevinst.portfolio;

import static no.gevinst.Printed.kroner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.audit.AuditLog;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's deliberate double count in Helseplattformen: found, decided by its coordinator, netted out. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class DoubleCountingIT {

    /** 30 clinics × 300 min × 12 ÷ 60 × 700 kr: the smaller of the two, once both are fully phased in. */
    private static final BigDecimal OVERLAP = new BigDecimal("1260000");

    @Autowired
    Portfolio portfolio;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Programmes programmes;

    /** Decisions are the demo's to keep undecided: the browser journey resolves the same conflict. */
    @AfterEach
    void forgetDecision() {
        jdbc.sql("DELETE FROM double_counting_decision WHERE conflict_key = :k")
                .param("k", demoConflict().key())
                .update();
    }

    @Test
    void theDemosTwoBenefitsPricedOnTheSameReportingHoursAreFound() {
        Conflict c = demoConflict();

        assertThat(c.rule()).isEqualTo(ConflictRule.SAME_INDICATOR);
        assertThat(c.benefits()).extracting(ConflictBenefit::programmeCode).containsOnly("HP");
        // Quality registers are valued from 2026, management information from 2025 (half): 2026–2033 overlap.
        assertThat(c.overlapByYear()).containsOnlyKeys(2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033);
        assertThat(c.overlapByYear().values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo(OVERLAP));
        assertThat(c.amountPerYear()).isEqualByComparingTo(OVERLAP);
        assertThat(c.arguments()).containsExactly("Timer manuell rapportering per klinikk", "2026–2033");
    }

    @Test
    void acceptingChangesTheNetTotalByExactlyTheOverlapAndNeverTheGross() {
        Conflict c = demoConflict();
        Totals unresolved = users.callAs("kari", () -> portfolio.totals());
        int audited = auditLog.history("double-counting-decision", c.key()).size();

        Decision accepted = users.callAs(
                "kari", () -> portfolio.decide(c.key(), input("ACCEPTED", null, Map.of(), "Ulike timer", null)));
        Totals afterAccepting = users.callAs("kari", () -> portfolio.totals());

        assertThat(afterAccepting.gross()).isEqualByComparingTo(unresolved.gross());
        assertThat(afterAccepting.net().subtract(unresolved.net())).isEqualByComparingTo(c.totalOverlap());
        assertThat(year(afterAccepting, 2030)
                        .net()
                        .subtract(year(unresolved, 2030).net()))
                .isEqualByComparingTo(OVERLAP);
        assertThat(year(afterAccepting, 2025).net())
                .isEqualByComparingTo(year(unresolved, 2025).net());

        // Making one benefit primary counts the overlap once again: back to the unresolved net.
        String primary = c.benefits().getFirst().id().toString();
        Decision replaced = users.callAs(
                "kari",
                () -> portfolio.decide(
                        c.key(), input("PRIMARY", primary, Map.of(), "Styringsinformasjon er primær", 0L)));
        Totals afterPrimary = users.callAs("kari", () -> portfolio.totals());

        assertThat(accepted.version()).isZero();
        assertThat(replaced.version()).isEqualTo(1);
        assertThat(afterPrimary.net()).isEqualByComparingTo(unresolved.net());
        assertThat(afterPrimary.gross()).isEqualByComparingTo(unresolved.gross());
        // The primary benefit keeps the overlap; the other gives up all of it (unresolved, each gave up half).
        assertThat(givenUp(afterPrimary, c.benefits().getFirst())).isZero();
        assertThat(givenUp(afterPrimary, c.benefits().getLast())).isEqualByComparingTo(c.totalOverlap());
        assertThat(givenUp(unresolved, c.benefits().getFirst()))
                .isEqualByComparingTo(c.totalOverlap().divide(BigDecimal.TWO));
        assertThat(users.callAs("kari", () -> portfolio.conflicts()))
                .filteredOn(s -> s.conflict().key().equals(c.key()))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.decision().kind()).isEqualTo(DecisionKind.PRIMARY);
                    assertThat(s.decision().decidedBy()).isEqualTo("kari");
                    assertThat(s.excluded()).isTrue();
                });
        var history = auditLog.history("double-counting-decision", c.key());
        assertThat(history.subList(audited, history.size()))
                .extracting(e -> e.action())
                .containsExactly("create", "update");
    }

    @Test
    void onlyACoordinatorOfEveryProgrammeInvolvedMayDecide() {
        Conflict c = demoConflict();
        DecisionInput input = input("ACCEPTED", null, Map.of(), "Jeg mener det", null);

        assertThat(users.callAs("ole", () -> portfolio.conflicts()))
                .filteredOn(s -> s.conflict().key().equals(c.key()))
                .singleElement()
                .satisfies(s -> assertThat(s.canDecide()).isFalse());
        assertThatThrownBy(() -> users.runAs("ole", () -> portfolio.decide(c.key(), input)))
                .isInstanceOf(AccessDeniedException.class);
        // DBEP's coordinator does not see Helseplattformen, nor therefore its conflict.
        assertThatThrownBy(() -> users.runAs("dina", () -> portfolio.decide(c.key(), input)))
                .isInstanceOf(NotFoundException.class);
        assertThat(decisionsOf(c)).isZero();
    }

    @Test
    void badDecisionsAreRefusedNamingEachFieldAndWriteNothing() {
        Conflict c = demoConflict();
        int audited = auditLog.history("double-counting-decision", c.key()).size();
        String first = c.benefits().get(0).id().toString();
        String second = c.benefits().get(1).id().toString();

        assertRefused(c, input("MAYBE", null, Map.of(), " ", null), "kind", "justification");
        assertRefused(c, input("PRIMARY", "not-a-benefit", Map.of(), "Primær", null), "primaryBenefit");
        assertRefused(c, input("SPLIT", null, Map.of(first, "60", second, "30"), "Fordelt", null), "shares");
        assertRefused(
                c,
                input("SPLIT", null, Map.of(first, "120", second, "-20"), "Fordelt", null),
                "shares[" + first + "]",
                "shares[" + second + "]");

        assertThat(decisionsOf(c)).isZero();
        assertThat(auditLog.history("double-counting-decision", c.key())).hasSize(audited);
    }

    @Test
    void theApiListsConflictsAndTotalsAndNamesBadFields() throws Exception {
        Conflict c = demoConflict();
        mvc.perform(get("/api/v1/portfolio/conflicts").with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == '" + c.key() + "')].rule").value(Matchers.hasItem("SAME_INDICATOR")))
                .andExpect(
                        jsonPath("$[?(@.key == '" + c.key() + "')].canDecide").value(Matchers.hasItem(true)));
        mvc.perform(get("/api/v1/portfolio/totals").with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0].year").exists())
                .andExpect(jsonPath("$.net").isNumber());
        mvc.perform(post("/api/v1/portfolio/conflicts/" + c.key() + "/decision")
                        .with(httpBasic("kari", "gevinst-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SPLIT\",\"shares\":{},\"justification\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("justification")));
        mvc.perform(post("/api/v1/portfolio/conflicts/" + c.key() + "/decision")
                        .with(httpBasic("ole", "gevinst-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ACCEPTED\",\"justification\":\"Ja\"}"))
                .andExpect(status().isForbidden());
        assertThat(decisionsOf(c)).isZero();
    }

    @Test
    void thePageShowsTheConflictInKronerAndItsFormRecordsTheDecision() throws Exception {
        Conflict c = demoConflict();
        mvc.perform(get("/portfolio/conflicts").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 260 000 kr")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "/benefits/" + c.benefits().getFirst().id())))
                .andExpect(content().string(Matchers.containsString("decision-" + c.key())));
        mvc.perform(post("/portfolio/conflicts/" + c.key() + "/decision")
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("kind", "SPLIT")
                        .param("share-" + c.benefits().get(0).id(), "50")
                        .param("share-" + c.benefits().get(1).id(), "40")
                        .param("justification", "Delt"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("failedKey", c.key()))
                .andExpect(content().string(Matchers.containsString(">Delt</textarea>")));
        mvc.perform(post("/portfolio/conflicts/" + c.key() + "/decision")
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("kind", "SPLIT")
                        .param("share-" + c.benefits().get(0).id(), "50")
                        .param("share-" + c.benefits().get(1).id(), "50")
                        .param("justification", "Delt likt"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("decidedKey", c.key()));
        assertThat(decisionsOf(c)).isEqualTo(1);
        // The same form from a page read before the decision: someone decided since, 409 on the list.
        mvc.perform(post("/portfolio/conflicts/" + c.key() + "/decision")
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("kind", "ACCEPTED")
                        .param("justification", "Ulike timer")
                        .param("version", "99"))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("staleKey", c.key()));
        assertThat(decisionsOf(c)).isEqualTo(1);
    }

    @Test
    void oneProgrammesPageListsOnlyItsConflictsWithItsOwnTotals() throws Exception {
        Conflict c = demoConflict();
        ProgrammeId hp = c.benefits().getFirst().programme();
        ProgrammeId dbep = users.callAs(
                "dina",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("DBEP"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        Totals hpTotals = users.callAs("kari", () -> portfolio.totals(hp));

        mvc.perform(get("/portfolio/conflicts")
                        .param("programme", hp.toString())
                        .with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("decision-" + c.key())))
                .andExpect(content().string(Matchers.containsString(kroner(hpTotals.net()))))
                .andExpect(content().string(Matchers.containsString("name=\"programme\" value=\"" + hp + "\"")));
        mvc.perform(get("/portfolio/conflicts")
                        .param("programme", dbep.toString())
                        .with(users.session("dina")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("decision-" + c.key()))));
        assertThat(users.callAs("dina", () -> portfolio.conflicts(dbep))).isEmpty();
        // A decision made from one programme's list goes back to that list.
        mvc.perform(post("/portfolio/conflicts/" + c.key() + "/decision")
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("kind", "ACCEPTED")
                        .param("justification", "Ulike timer")
                        .param("programme", hp.toString()))
                .andExpect(redirectedUrl("/portfolio/conflicts?programme=" + hp + "#conflict-" + c.key()));
    }

    private static BigDecimal givenUp(Totals totals, ConflictBenefit benefit) {
        return totals.byBenefit().stream()
                .filter(e -> e.benefit().id().equals(benefit.id()))
                .map(Totals.BenefitExclusion::total)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private void assertRefused(Conflict c, DecisionInput input, String... fields) {
        assertThatThrownBy(() -> users.runAs("kari", () -> portfolio.decide(c.key(), input)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder(fields));
    }

    private Conflict demoConflict() {
        return DemoDoubleCount.of(portfolio, users);
    }

    private int decisionsOf(Conflict c) {
        return jdbc.sql("SELECT count(*) FROM double_counting_decision WHERE conflict_key = :k")
                .param("k", c.key())
                .query(Integer.class)
                .single();
    }

    private static Totals.Year year(Totals totals, int year) {
        return totals.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private static DecisionInput input(
            String kind, String primary, Map<String, String> shares, String justification, Long version) {
        return new DecisionInput(kind, primary, shares, justification, version);
    }
}
