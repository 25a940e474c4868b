package no.gevinst.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import no.gevinst.decision.DecisionInputs.KpiTargetInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The board's decisions on a programme of the test's own: an owner (the regional authority) with two trusts as
 * parties, a target of 1 000 000 kr a year from 2026, a cash-releasing benefit arising in the first trust with an
 * indicator; a coordinator and a reader in the owner.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class BoardDecisionServiceIT {

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

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private String coordinator;
    private String reader;
    private Programme programme;
    private Organisation trustA;
    private Organisation trustB;
    private Indicator indicator;

    @BeforeEach
    void aProgrammeWithTwoTrusts() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Organisation owner = organisation("Vedtaks-RHF " + suffix);
        trustA = organisation("Vedtaks-HF A " + suffix);
        trustB = organisation("Vedtaks-HF B " + suffix);
        coordinator = users.withRole("vedtak-k-" + suffix, Role.GEVINSTKOORDINATOR, owner.id());
        reader = users.withRole("vedtak-l-" + suffix, Role.LESER, owner.id());
        programme = users.callAs(
                TestUsers.ADMIN,
                () -> programmes.create(ProgrammeInput.builder()
                        .code("VT" + suffix)
                        .name("Vedtaksprøve " + suffix)
                        .description("")
                        .ownerOrganisationId(owner.id().toString())
                        .economicTargetNok("1000000")
                        .economicTargetFrom("2026")
                        .parties(List.of(
                                new ProgrammeInput.PartyInput(trustA.id().toString(), null, "Helseforetak"),
                                new ProgrammeInput.PartyInput(trustB.id().toString(), null, "Helseforetak")))
                        .build()));
        Benefit benefit = users.callAs(
                coordinator,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Færre innleggelser")
                        .benefitClass("CASH_RELEASING")
                        .allocations(List.of(
                                new BenefitInput.AllocationInput(trustA.id().toString(), "100")))
                        .build()));
        indicator = users.callAs(
                coordinator,
                () -> indicators.create(
                        TestIndicators.monthly(benefit.id().toString(), "Innleggelser per måned", null)));
    }

    @Test
    void aCoordinatorRecordsADecisionAndItsTargetsAndTheSumIsSetBesideTheProgrammesTarget() {
        BoardDecision first = record(null);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.inForce()).isTrue();
        BoardDecision withTargets = users.callAs(coordinator, () -> {
            BoardDecision d = economic(first, trustA, "2026", "CASH_RELEASING", "600 000");
            d = economic(d, trustB, "2026", "CAPACITY", "400000");
            d = economic(d, trustA, "2027", "CASH_RELEASING", "500000,50");
            return decisions.setKpiTarget(
                    programme.id(),
                    1,
                    new KpiTargetInput(trustA.id().toString(), indicator.id().toString(), "12,5", "2026-12-31"),
                    d.version());
        });

        assertThat(withTargets.version()).isEqualTo(4);
        assertThat(withTargets.kpiTargets())
                .extracting(DecidedKpiTarget::targetValue, DecidedKpiTarget::due)
                .containsExactly(tuple(new BigDecimal("12.5"), LocalDate.of(2026, 12, 31)));
        TargetSums sums = users.callAs(reader, () -> decisions.sums(programme.id(), 1));
        assertThat(sums.years())
                .extracting(TargetSums.Year::year, TargetSums.Year::sum, TargetSums.Year::difference)
                .containsExactly(
                        tuple(2026, new BigDecimal("1000000.00"), new BigDecimal("0.00")),
                        tuple(2027, new BigDecimal("500000.50"), new BigDecimal("-499999.50")));
        assertThat(sums.years().get(0).addsUp()).isTrue();
        assertThat(sums.addsUp()).isFalse();
        assertThat(audited("create")).isEqualTo(1);
        assertThat(audited("update")).isEqualTo(4);
    }

    @Test
    void aNewDecisionSupersedesTheOneInForceWhichStaysReadableAndUnchangeable() {
        BoardDecision first = record(null);
        BoardDecision targeted =
                users.callAs(coordinator, () -> economic(first, trustA, "2026", "CASH_RELEASING", "1000000"));
        BoardDecision second = users.callAs(
                coordinator,
                () -> decisions.record(
                        programme.id(),
                        new DecisionInput(
                                "Styret", "2025-02-01", "2/25", "", "Endret mål", "true", targeted.version())));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.economicTargets()).isEqualTo(targeted.economicTargets());
        List<BoardDecision> all = users.callAs(reader, () -> decisions.of(programme.id()));
        assertThat(all)
                .extracting(BoardDecision::number, BoardDecision::supersededBy)
                .containsExactly(tuple(2, null), tuple(1, 2));
        assertThat(users.callAs(reader, () -> decisions.inForce(programme.id())))
                .hasValueSatisfying(d -> assertThat(d.number()).isEqualTo(2));
        assertThat(users.callAs(reader, () -> decisions.inForceOn(programme.id(), LocalDate.of(2025, 1, 15))))
                .hasValueSatisfying(d -> assertThat(d.number()).isEqualTo(1));
        assertThat(users.callAs(reader, () -> decisions.inForceOn(programme.id(), LocalDate.of(2024, 1, 1))))
                .isEmpty();
        BoardDecision old = all.get(1);
        assertThatThrownBy(() -> users.callAs(coordinator, () -> economic(old, trustB, "2026", "CAPACITY", "1")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("decision"));
    }

    @Test
    void aReaderMayReadButNotRecordAndIsRefusedBeforeTheFormIsRead() throws Exception {
        BoardDecision first = record(null);
        long rows = rows();

        assertThatThrownBy(() -> users.callAs(
                        reader, () -> decisions.record(programme.id(), input("2025-01-10", first.version()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.callAs(reader, () -> economic(first, trustA, "2026", "CAPACITY", "x")))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/programmes/" + programme.id() + "/decisions")
                        .with(users.session(reader))
                        .with(csrf())
                        .param("inForceVersion", "not a number"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/" + programme.id() + "/decisions/1").with(users.session(reader)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("economic-form"))));
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        BoardDecision first = record(null);
        users.runAs(coordinator, () -> economic(first, trustA, "2026", "CASH_RELEASING", "1"));
        long rows = rows();

        assertThatThrownBy(() -> users.callAs(coordinator, () -> economic(first, trustB, "2026", "CAPACITY", "2")))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> users.callAs(
                        coordinator, () -> decisions.record(programme.id(), input("2025-01-10", first.version()))))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> users.callAs(coordinator, () -> record(null)))
                .isInstanceOf(VersionConflictException.class);
        mvc.perform(post("/api/v1/programmes/" + programme.id() + "/decisions/1/economic-targets")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"organisation\":\"%s\",\"year\":\"2026\",\"benefitClass\":\"CAPACITY\",\"nok\":\"5\",\"version\":0}"
                                        .formatted(trustB.id())))
                .andExpect(status().isConflict());
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndChangesNothing() throws Exception {
        BoardDecision first = record(null);
        long rows = rows();

        assertThatThrownBy(() -> users.callAs(coordinator, () -> economic(first, trustA, "19", "NON_PRICED", "-5")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactly(
                                        tuple("year", "year.outOfRange"),
                                        tuple("benefitClass", "decision.benefitClass.nonPriced"),
                                        tuple("nok", "decision.nok.negative")));
        Organisation stranger = organisation("Vedtaks-fremmed " + first.id());
        assertThatThrownBy(() -> users.callAs(
                        coordinator,
                        () -> decisions.setKpiTarget(
                                programme.id(),
                                1,
                                new KpiTargetInput(stranger.id().toString(), "not-an-id", "NaN", "2026-02-30"),
                                first.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("organisation", "indicator", "targetValue", "due"));
        assertThatThrownBy(() -> users.callAs(
                        coordinator,
                        () -> decisions.record(
                                programme.id(),
                                new DecisionInput(" ", "2999-01-01", "", null, null, "kanskje", first.version()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("decidingBody", "caseNumber", "decidedOn", "carryTargets"));
        mvc.perform(post("/api/v1/programmes/" + programme.id() + "/decisions")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decidingBody\":\"Styret\",\"decidedOn\":\"2025-13-01\",\"caseNumber\":\"1\","
                                + "\"inForceVersion\":" + first.version() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
        mvc.perform(post("/programmes/" + programme.id() + "/decisions/1/economic-targets")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("organisation", trustA.id().toString())
                        .param("year", "2026")
                        .param("benefitClass", "CASH_RELEASING")
                        .param("nok", "mange")
                        .param("version", String.valueOf(first.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("economic", "nok", "value.invalid"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("value=\"mange\"")));
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void theDecisionAndTargetFormsRefuseBlankFieldsAtTheEdgeNamingEachOneInTheServicesWords() throws Exception {
        BoardDecision first = record(null);
        long rows = rows();
        mvc.perform(post("/programmes/" + programme.id() + "/decisions")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("decidingBody", " ")
                        .param("decidedOn", "")
                        .param("caseNumber", "")
                        .param("summary", "Styret vedtok")
                        .param("inForceVersion", String.valueOf(first.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("record", "caseNumber", "decision.caseNumber.required"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("record", "decidedOn", "decision.decidedOn.required"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("record", "decidingBody", "decision.decidingBody.required"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .errorCount(3));
        mvc.perform(post("/programmes/" + programme.id() + "/decisions/1/economic-targets")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("organisation", trustA.id().toString())
                        .param("year", "")
                        .param("benefitClass", "CAPACITY")
                        .param("nok", " ")
                        .param("version", String.valueOf(first.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("economic", "nok", "decision.nok.required"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("economic", "year", "decision.year.required"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .errorCount(2));
        mvc.perform(post("/programmes/" + programme.id() + "/decisions/1/kpi-targets")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("organisation", trustA.id().toString())
                        .param("indicator", "")
                        .param("targetValue", "12")
                        .param("due", "")
                        .param("version", String.valueOf(first.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("kpi", "due", "decision.due.required"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("kpi", "indicator", "decision.indicator.required"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .errorCount(2));
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void aTargetCarriedIntoANewDecisionCanBeRemovedThereWhileTheSupersededDecisionKeepsIt() throws Exception {
        BoardDecision first = record(null);
        BoardDecision targeted = users.callAs(coordinator, () -> {
            BoardDecision d = economic(first, trustA, "2026", "CASH_RELEASING", "600000");
            d = economic(d, trustB, "2026", "CAPACITY", "400000");
            return decisions.setKpiTarget(
                    programme.id(),
                    1,
                    new KpiTargetInput(trustA.id().toString(), indicator.id().toString(), "12", "2026-12-31"),
                    d.version());
        });
        BoardDecision second = users.callAs(
                coordinator,
                () -> decisions.record(
                        programme.id(),
                        new DecisionInput("Styret", "2025-02-01", "2/25", "", "Endret", "true", targeted.version())));

        BoardDecision lessEconomic = users.callAs(
                coordinator,
                () -> decisions.removeEconomicTarget(
                        programme.id(),
                        2,
                        new DecisionInputs.EconomicTargetKey(trustB.id().toString(), "2026", "CAPACITY"),
                        second.version()));
        assertThat(lessEconomic.version()).isEqualTo(second.version() + 1);
        assertThat(lessEconomic.economicTargets())
                .extracting(DecidedEconomicTarget::organisation)
                .containsExactly(trustA.id());
        // Through the API, with the version as If-Match: the KPI target goes too.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/programmes/" + programme.id() + "/decisions/2/kpi-targets")
                        .param("organisation", trustA.id().toString())
                        .param("indicator", indicator.id().toString())
                        .header("If-Match", "\"" + lessEconomic.version() + "\"")
                        .with(users.session(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kpiTargets").isEmpty());

        BoardDecision old = users.callAs(reader, () -> decisions.find(programme.id(), 1));
        assertThat(old.economicTargets()).isEqualTo(targeted.economicTargets());
        assertThat(old.kpiTargets()).isEqualTo(targeted.kpiTargets());
        assertThat(old.version()).isEqualTo(targeted.version() + 1);
        assertThat(audited("remove-target")).isEqualTo(2);
        // The superseded decision is history: its targets cannot be removed.
        assertThatThrownBy(() -> users.callAs(
                        coordinator,
                        () -> decisions.removeEconomicTarget(
                                programme.id(),
                                1,
                                new DecisionInputs.EconomicTargetKey(trustA.id().toString(), "2026", "CASH_RELEASING"),
                                old.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("decision"));
    }

    @Test
    void aRemovalIsRefusedToAReaderOnAStaleVersionAndForBadOrUnknownKeysAndChangesNothing() throws Exception {
        BoardDecision first = record(null);
        BoardDecision targeted =
                users.callAs(coordinator, () -> economic(first, trustA, "2026", "CASH_RELEASING", "1000000"));
        var key = new DecisionInputs.EconomicTargetKey(trustA.id().toString(), "2026", "CASH_RELEASING");
        long rows = rows();

        assertThatThrownBy(() -> users.callAs(
                        reader, () -> decisions.removeEconomicTarget(programme.id(), 1, key, targeted.version())))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/programmes/" + programme.id() + "/decisions/1/economic-targets/remove")
                        .with(users.session(reader))
                        .with(csrf())
                        .param("organisation", "not an id")
                        .param("version", "x"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> users.callAs(
                        coordinator, () -> decisions.removeEconomicTarget(programme.id(), 1, key, first.version())))
                .isInstanceOf(VersionConflictException.class);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/programmes/" + programme.id() + "/decisions/1/economic-targets")
                        .param("organisation", trustA.id().toString())
                        .param("year", "2026")
                        .param("benefitClass", "CASH_RELEASING")
                        .header("If-Match", "\"" + first.version() + "\"")
                        .with(users.session(coordinator))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThatThrownBy(() -> users.callAs(
                        coordinator,
                        () -> decisions.removeEconomicTarget(
                                programme.id(),
                                1,
                                new DecisionInputs.EconomicTargetKey("x", "tjue", "NOPE"),
                                targeted.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("organisation", "year", "benefitClass"));
        assertThatThrownBy(() -> users.callAs(
                        coordinator,
                        () -> decisions.removeKpiTarget(
                                programme.id(),
                                1,
                                new DecisionInputs.KpiTargetKey(
                                        trustA.id().toString(), indicator.id().toString()),
                                targeted.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactly(tuple("target", "decision.target.notSet")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/programmes/" + programme.id() + "/decisions/1/kpi-targets")
                        .param("organisation", trustA.id().toString())
                        .with(users.session(coordinator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post("/programmes/" + programme.id() + "/decisions/1/economic-targets/remove")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("organisation", trustA.id().toString())
                        .param("year", "2026")
                        .param("benefitClass", "CAPACITY")
                        .param("version", String.valueOf(targeted.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasErrors("economic"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("e-error-summary")));
        assertThat(rows()).isEqualTo(rows);
        // The page offers the removal to the coordinator, naming what goes, and not to the reader.
        mvc.perform(get("/programmes/" + programme.id() + "/decisions/1").with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Fjern målet for " + trustA.name() + ", 2026")));
    }

    @Test
    void theApiIsInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/decisions'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/decisions'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/decisions/{number}/kpi-targets'].post")
                        .exists());
    }

    private BoardDecision record(Long inForceVersion) {
        return users.callAs(coordinator, () -> decisions.record(programme.id(), input("2024-06-20", inForceVersion)));
    }

    private static DecisionInput input(String decidedOn, Long inForceVersion) {
        return new DecisionInput(
                "Styret i Vedtaks-RHF", decidedOn, "45/24", "Styresak 45/24", "Gevinstmål", "", inForceVersion);
    }

    private BoardDecision economic(BoardDecision d, Organisation org, String year, String cls, String nok) {
        return decisions.setEconomicTarget(
                programme.id(), d.number(), new EconomicTargetInput(org.id().toString(), year, cls, nok), d.version());
    }

    private Organisation organisation(String name) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(name, "HF", TestOrganisationNumbers.unique(), null)));
    }

    private long audited(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'board-decision' AND action = :a"
                        + " AND programme_id = :p")
                .param("a", action)
                .param("p", programme.id().value())
                .query(Long.class)
                .single();
    }

    private long rows() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM board_decision) + (SELECT count(*) FROM decided_economic_target)
                             + (SELECT count(*) FROM decided_kpi_target)
                             + (SELECT count(*) FROM audit_log WHERE entity_type = 'board-decision')
                        """).query(Long.class).single();
    }
}
