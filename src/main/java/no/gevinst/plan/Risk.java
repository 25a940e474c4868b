package no.gevinst.plan;

import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.PersonId;

/**
 * A risk to realising the plan or one of its benefits.
 *
 * @param benefit the benefit it threatens, or null when it concerns the plan as a whole
 * @param probability from 1 (rare) to 5 (almost certain)
 * @param impact from 1 (slight) to 5 (severe)
 */
public record Risk(
        UUID id,
        PlanId plan,
        BenefitId benefit,
        String description,
        String cause,
        String consequence,
        int probability,
        int impact,
        String mitigation,
        PersonId owner,
        RiskStatus status,
        long version) {

    public Risk {
        if (probability < 1 || probability > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("Probability and impact run from 1 to 5");
        }
    }

    /** Probability × impact, from 1 to 25: 15 or more is high, 8 or more medium. */
    public int score() {
        return probability * impact;
    }

    public String level() {
        return score() >= 15 ? "HIGH" : score() >= 8 ? "MEDIUM" : "LOW";
    }
}
