package no.gevinst.benefit;

import java.time.Instant;

/** One move of a benefit through its lifecycle: who moved it, when, and why when it was abandoned. */
public record StatusChange(BenefitStatus from, BenefitStatus to, String reason, String changedBy, Instant changedAt) {}
