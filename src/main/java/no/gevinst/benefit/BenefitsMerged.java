package no.gevinst.benefit;

import no.gevinst.shared.BenefitId;

/**
 * Published in the transaction of a merge, so that the modules holding rows of the merged-away benefit (indicators,
 * network links, valuations, plan measures) can move them to the kept benefit.
 */
public record BenefitsMerged(BenefitId kept, BenefitId merged) {}
