package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import no.gevinst.shared.BenefitId;

/**
 * A recorded resolution of a conflict, by its stable key.
 *
 * @param primaryBenefit the benefit that keeps the overlap, for {@link DecisionKind#PRIMARY}; else null
 * @param shares each benefit's share of the overlap in percent, for {@link DecisionKind#SPLIT}; else empty
 */
public record Decision(
        String conflictKey,
        DecisionKind kind,
        BenefitId primaryBenefit,
        Map<BenefitId, BigDecimal> shares,
        String justification,
        String decidedBy,
        Instant decidedAt,
        long version) {

    public Decision {
        Objects.requireNonNull(conflictKey, "conflictKey");
        Objects.requireNonNull(kind, "kind");
        shares = Map.copyOf(shares);
    }

    /** True when the overlap is still counted twice: only an accepted conflict is. */
    public boolean countsInFull() {
        return kind == DecisionKind.ACCEPTED;
    }
}
