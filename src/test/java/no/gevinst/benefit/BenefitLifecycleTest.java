package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import no.gevinst.TestBenefits;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.PersonId;
import org.junit.jupiter.api.Test;

class BenefitLifecycleTest {

    @Test
    void aNewBenefitMovesStepByStepToClosed() {
        Benefit benefit = complete(BenefitStatus.IDENTIFIED)
                .moveTo(BenefitStatus.PRIORITISED)
                .moveTo(BenefitStatus.PLANNED)
                .moveTo(BenefitStatus.REALISING)
                .moveTo(BenefitStatus.REALISED)
                .moveTo(BenefitStatus.CLOSED);
        assertThat(benefit.status()).isEqualTo(BenefitStatus.CLOSED);
    }

    @Test
    void refusesToSkipAStep() {
        assertThatThrownBy(() -> complete(BenefitStatus.IDENTIFIED).moveTo(BenefitStatus.PLANNED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("benefit.lifecycle.illegal"));
    }

    @Test
    void refusesToMoveBack() {
        assertThatThrownBy(() -> complete(BenefitStatus.REALISING).moveTo(BenefitStatus.PLANNED))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesToPlanABenefitWithoutOwnerResponsibleAndObjective() {
        Benefit bare = benefit(BenefitStatus.PRIORITISED, null, null, List.of(), "Viktig");
        assertThatThrownBy(() -> bare.moveTo(BenefitStatus.PLANNED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly(
                                        "benefit.lifecycle.needsOwner",
                                        "benefit.lifecycle.needsResponsible",
                                        "benefit.lifecycle.needsObjective"));
    }

    @Test
    void refusesToPrioritiseWithoutRationale() {
        Benefit benefit =
                benefit(BenefitStatus.IDENTIFIED, PersonId.newId(), PersonId.newId(), List.of(ObjectiveId.newId()), "");
        assertThatThrownBy(() -> benefit.moveTo(BenefitStatus.PRIORITISED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("benefit.lifecycle.needsPriorityRationale"));
    }

    @Test
    void abandoningNeedsAReasonAndKeepsIt() {
        Benefit planned = complete(BenefitStatus.PLANNED);
        assertThatThrownBy(() -> planned.abandon("  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> planned.moveTo(BenefitStatus.ABANDONED)).isInstanceOf(InvalidInputException.class);

        Benefit abandoned = planned.abandon("Gevinsten tas ut av et annet prosjekt");
        assertThat(abandoned.status()).isEqualTo(BenefitStatus.ABANDONED);
        assertThat(abandoned.abandonReason()).isEqualTo("Gevinsten tas ut av et annet prosjekt");
    }

    @Test
    void nothingLeavesAnEndedState() {
        for (BenefitStatus target : BenefitStatus.values()) {
            assertThat(BenefitStatus.CLOSED.canMoveTo(target)).isFalse();
            assertThat(BenefitStatus.ABANDONED.canMoveTo(target)).isFalse();
        }
        assertThatThrownBy(() -> complete(BenefitStatus.CLOSED).abandon("for sent"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void allocationSharesAboveHundredPercentAreRefused() {
        var allocations = List.of(
                new Allocation(OrganisationId.newId(), Percent.of(60)),
                new Allocation(OrganisationId.newId(), Percent.of("40,5")));
        assertThat(Benefit.allocatedShare(allocations)).isEqualByComparingTo("100.5");
        assertThatThrownBy(() -> withAllocations(allocations)).isInstanceOf(IllegalArgumentException.class);
        assertThat(withAllocations(List.of(
                                new Allocation(OrganisationId.newId(), Percent.of(60)),
                                new Allocation(OrganisationId.newId(), Percent.of(40))))
                        .allocations())
                .hasSize(2);
    }

    @Test
    void aShareCannotItselfExceedHundredPercent() {
        assertThatThrownBy(() -> Percent.of(140)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percent.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Whatever sequence of moves is tried, the benefit only ever goes where the lifecycle allows. */
    @Property
    void anySequenceOfMovesFollowsTheLifecycle(@ForAll List<BenefitStatus> attempts) {
        Benefit benefit = complete(BenefitStatus.IDENTIFIED);
        for (BenefitStatus target : attempts) {
            BenefitStatus before = benefit.status();
            try {
                benefit = target == BenefitStatus.ABANDONED ? benefit.abandon("prøvd") : benefit.moveTo(target);
                assertThat(before.canMoveTo(target)).isTrue();
                assertThat(benefit.status()).isEqualTo(target);
            } catch (InvalidInputException e) {
                assertThat(before.canMoveTo(target)).isFalse();
                assertThat(benefit.status()).isEqualTo(before);
            }
        }
    }

    @Test
    void warningsNameWhatTheDoamTestMisses() {
        Benefit bare = benefit(BenefitStatus.IDENTIFIED, null, null, List.of(), "");
        assertThat(bare.warnings(false))
                .containsExactly(
                        HealthWarning.NO_DESCRIPTION,
                        HealthWarning.NO_OBSERVABLE_OUTCOME,
                        HealthWarning.NO_ATTRIBUTION,
                        HealthWarning.NO_MEASUREMENT,
                        HealthWarning.NO_OWNER,
                        HealthWarning.NO_RESPONSIBLE,
                        HealthWarning.NO_OBJECTIVE);
        assertThat(complete(BenefitStatus.PLANNED).warnings(true)).isEmpty();
    }

    private static Benefit complete(BenefitStatus status) {
        return benefit(status, PersonId.newId(), PersonId.newId(), List.of(ObjectiveId.newId()), "Høy nytte");
    }

    private static Benefit withAllocations(List<Allocation> allocations) {
        return build(BenefitStatus.IDENTIFIED, null, null, List.of(), "", allocations, "");
    }

    private static Benefit benefit(
            BenefitStatus status,
            PersonId owner,
            PersonId responsible,
            List<ObjectiveId> objectives,
            String rationale) {
        String text = owner == null ? "" : "tekst";
        return build(status, owner, responsible, objectives, rationale, List.of(), text);
    }

    private static Benefit build(
            BenefitStatus status,
            PersonId owner,
            PersonId responsible,
            List<ObjectiveId> objectives,
            String rationale,
            List<Allocation> allocations,
            String text) {
        return TestBenefits.benefit()
                .code("HP-001")
                .title("Redusert tid")
                .texts(text)
                .benefitClass(BenefitClass.CAPACITY)
                .objectives(objectives)
                .allocations(allocations)
                .owner(owner)
                .responsible(responsible)
                .expectedStart(LocalDate.of(2025, 1, 1))
                .priority(Priority.HIGH, rationale)
                .status(status)
                .build();
    }
}
