package no.gevinst.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.gevinst.programme.Phase;
import no.gevinst.shared.ProgrammeId;

/**
 * A programme moved from one phase to the next: the items that failed at the time, and the decision that let it
 * move on regardless (empty when nothing failed).
 */
public record GateDecision(
        UUID id,
        ProgrammeId programme,
        Phase from,
        Phase to,
        List<GateItem> gaps,
        String decision,
        String decidedBy,
        Instant decidedAt) {

    public GateDecision {
        gaps = List.copyOf(gaps);
    }
}
