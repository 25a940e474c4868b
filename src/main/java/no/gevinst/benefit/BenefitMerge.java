package no.gevinst.benefit;

import java.time.Instant;
import no.gevinst.shared.BenefitId;

/**
 * The recorded decision that two benefits are the same benefit: the merged-away one leaves the registers (and double
 * counting) and points to the one kept.
 *
 * @param decisionReference where the decision is written down (a case number, minutes of a meeting)
 */
public record BenefitMerge(
        BenefitId merged,
        BenefitId kept,
        String decidedBy,
        Instant decidedAt,
        String reason,
        String decisionReference) {}
