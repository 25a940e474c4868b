package no.gevinst.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Approval DECISION =
            new Approval("Kari", "Styringsgruppen", LocalDate.parse("2026-11-20"), "SG-12/26", NOW);

    private final PlanVersion draft = PlanVersion.draft(PlanId.newId(), 1, "", PlanSections.EMPTY, "Kari", NOW);

    @Test
    void aDraftIsSubmittedThenApprovedThenSuperseded() {
        PlanVersion approved = draft.submit("Kari", NOW).approve(DECISION);
        assertThat(approved.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(approved.approval()).isEqualTo(DECISION);
        assertThat(approved.supersede().status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(draft.submit("Kari", NOW).returnToDraft().status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void refusesEveryStepTheMethodDoesNotAllow() {
        PlanVersion submitted = draft.submit("Kari", NOW);
        PlanVersion approved = submitted.approve(DECISION);
        assertThatThrownBy(() -> draft.approve(DECISION)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(draft::supersede).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(draft::returnToDraft).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> submitted.submit("Kari", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> submitted.withSections(PlanSections.EMPTY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> approved.withSections(PlanSections.EMPTY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> approved.submit("Kari", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> approved.approve(DECISION)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(approved::returnToDraft).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> approved.supersede().supersede()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLaterVersionMustSayWhyItChanges() {
        assertThatThrownBy(() -> PlanVersion.draft(PlanId.newId(), 2, " ", PlanSections.EMPTY, "Kari", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(PlanVersion.draft(PlanId.newId(), 2, "Ny frist", PlanSections.EMPTY, "Kari", NOW)
                        .reason())
                .isEqualTo("Ny frist");
    }
}
