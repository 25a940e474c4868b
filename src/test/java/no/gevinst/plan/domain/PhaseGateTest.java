package no.gevinst.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.TestBenefits;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Priority;
import no.gevinst.plan.GateItem;
import no.gevinst.plan.Shortfall;
import no.gevinst.plan.domain.PhaseGate.BenefitFacts;
import no.gevinst.plan.domain.PhaseGate.IndicatorFacts;
import no.gevinst.programme.Phase;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.PersonId;
import org.junit.jupiter.api.Test;

class PhaseGateTest {

    private static final IndicatorFacts READY = new IndicatorFacts("Ventetid", true, true, true, false);

    @Test
    void leavingIdentifyNamesTheBenefitsWithoutOwnerObjectiveOrJustifiedPriority() {
        BenefitFacts complete = facts(benefit("HP-01", BenefitStatus.PRIORITISED, true, "Høy nytte", null));
        BenefitFacts bare = facts(benefit("HP-02", BenefitStatus.IDENTIFIED, false, "", null));

        List<GateItem> items = PhaseGate.leaving(Phase.IDENTIFY, List.of(complete, bare), false);

        assertThat(items)
                .extracting(GateItem::messageKey)
                .containsExactly(
                        "phaseGate.item.benefits",
                        "phaseGate.item.described",
                        "phaseGate.item.owner",
                        "phaseGate.item.objective",
                        "phaseGate.item.prioritised");
        assertThat(item(items, "phaseGate.item.benefits").holds()).isTrue();
        for (String key : List.of(
                "phaseGate.item.described",
                "phaseGate.item.owner",
                "phaseGate.item.objective",
                "phaseGate.item.prioritised")) {
            assertThat(item(items, key).holds()).as(key).isFalse();
            assertThat(item(items, key).failing()).extracting(Shortfall::code).containsExactly("HP-02");
        }
    }

    @Test
    void aProgrammeWithoutBenefitsCannotLeaveIdentifyUnnoticed() {
        BenefitFacts abandoned =
                facts(benefit("HP-01", BenefitStatus.ABANDONED, true, "x", "Tatt ut av et annet program"));
        List<GateItem> items = PhaseGate.leaving(Phase.IDENTIFY, List.of(abandoned), false);
        assertThat(item(items, "phaseGate.item.benefits").holds()).isFalse();
        // An abandoned benefit is not held to what the method demands of the live ones.
        assertThat(item(items, "phaseGate.item.owner").holds()).isTrue();
    }

    @Test
    void leavingPlanNamesEachIndicatorWithoutBaselineOrTargetsAndWantsAnApprovedPlan() {
        BenefitFacts ready = facts(benefit("HP-01", BenefitStatus.PLANNED, true, "x", null), READY);
        BenefitFacts gaps = facts(
                benefit("HP-02", BenefitStatus.PLANNED, true, "x", null),
                new IndicatorFacts("Liggetid", false, true, false, false),
                new IndicatorFacts("Reinnleggelser", true, false, false, false));
        BenefitFacts unmeasurable = facts(benefit("HP-03", BenefitStatus.PRIORITISED, false, "x", null));

        List<GateItem> items = PhaseGate.leaving(Phase.PLAN, List.of(ready, gaps, unmeasurable), false);

        assertThat(item(items, "phaseGate.item.baseline").failing())
                .containsExactly(new Shortfall(gaps.benefit().id(), "HP-02", "Gevinst HP-02", "Liggetid"));
        assertThat(item(items, "phaseGate.item.trajectory").failing())
                .extracting(Shortfall::indicator)
                .containsExactly("Reinnleggelser");
        assertThat(item(items, "phaseGate.item.indicator").failing())
                .extracting(Shortfall::code)
                .containsExactly("HP-03");
        assertThat(item(items, "phaseGate.item.owner").failing())
                .extracting(Shortfall::code)
                .containsExactly("HP-03");
        assertThat(item(items, "phaseGate.item.responsible").failing())
                .extracting(Shortfall::code)
                .containsExactly("HP-03");
        assertThat(item(items, "phaseGate.item.approvedPlan").holds()).isFalse();

        assertThat(PhaseGate.leaving(Phase.PLAN, List.of(ready), true)).allMatch(GateItem::holds);
    }

    @Test
    void leavingRealiseWantsRecentMeasurementsOfEveryRealisingBenefit() {
        BenefitFacts fresh = facts(benefit("HP-01", BenefitStatus.REALISING, true, "x", null), READY);
        BenefitFacts stale = facts(
                benefit("HP-02", BenefitStatus.REALISING, true, "x", null),
                new IndicatorFacts("Ventetid", true, true, true, true));
        BenefitFacts unmeasured = facts(
                benefit("HP-03", BenefitStatus.REALISING, true, "x", null),
                new IndicatorFacts("Liggetid", true, true, false, true));
        BenefitFacts planned = facts(benefit("HP-04", BenefitStatus.PLANNED, true, "x", null));

        List<GateItem> items = PhaseGate.leaving(Phase.REALISE, List.of(fresh, stale, unmeasured, planned), false);

        assertThat(item(items, "phaseGate.item.realising").holds()).isTrue();
        assertThat(item(items, "phaseGate.item.measured").failing())
                .extracting(Shortfall::code)
                .containsExactly("HP-03");
        assertThat(item(items, "phaseGate.item.fresh").failing())
                .extracting(Shortfall::code)
                .containsExactly("HP-02");
        assertThat(item(PhaseGate.leaving(Phase.REALISE, List.of(planned), false), "phaseGate.item.realising")
                        .holds())
                .isFalse();
    }

    @Test
    void leavingDocumentWantsEveryBenefitRealisedWithEvidenceOrAbandonedWithReason() {
        BenefitFacts realised = facts(benefit("HP-01", BenefitStatus.REALISED, true, "x", null), READY);
        BenefitFacts unevidenced = facts(
                benefit("HP-02", BenefitStatus.CLOSED, true, "x", null),
                new IndicatorFacts("Ventetid", true, true, false, false));
        BenefitFacts abandoned = facts(benefit("HP-03", BenefitStatus.ABANDONED, true, "x", "Ikke lenger aktuell"));
        BenefitFacts realising = facts(benefit("HP-04", BenefitStatus.REALISING, true, "x", null), READY);

        List<GateItem> items =
                PhaseGate.leaving(Phase.DOCUMENT, List.of(realised, unevidenced, abandoned, realising), false);

        assertThat(item(items, "phaseGate.item.concluded").failing())
                .extracting(Shortfall::code)
                .containsExactly("HP-04");
        assertThat(item(items, "phaseGate.item.evidenced").failing())
                .extracting(Shortfall::code)
                .containsExactly("HP-02");
    }

    @Test
    void theLastPhaseHasNoGate() {
        assertThat(PhaseGate.leaving(Phase.CLOSE, List.of(), false)).isEmpty();
    }

    private static GateItem item(List<GateItem> items, String key) {
        return items.stream()
                .filter(i -> i.messageKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static BenefitFacts facts(Benefit benefit, IndicatorFacts... indicators) {
        return new BenefitFacts(benefit, List.of(indicators));
    }

    /** A benefit that has everything the method asks for when {@code complete}, and nothing otherwise. */
    private static Benefit benefit(
            String code, BenefitStatus status, boolean complete, String rationale, String abandonReason) {
        PersonId person = complete ? PersonId.newId() : null;
        String text = complete ? "Beskrevet" : "";
        return TestBenefits.benefit()
                .code(code)
                .title("Gevinst " + code)
                .texts(text)
                .benefitClass(BenefitClass.CAPACITY)
                .objectives(complete ? List.of(ObjectiveId.newId()) : List.of())
                .owner(person)
                .responsible(person)
                .expectedStart(complete ? LocalDate.of(2025, 1, 1) : null)
                .priority(Priority.HIGH, rationale)
                .status(status)
                .abandonReason(abandonReason)
                .build();
    }
}
