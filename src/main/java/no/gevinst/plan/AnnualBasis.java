package no.gevinst.plan;

import no.gevinst.programme.Programme;

/**
 * What a plan's annual status for a year is written from.
 *
 * @param approved the version that stands approved, or null when none is yet
 * @param planned the approved version's frozen content, or null with it
 * @param now the plan's content from the records as they are today
 * @param deviations what moved from the approved content to today's, with the later version's reason; null without
 *     an approved version
 */
public record AnnualBasis(
        Plan plan,
        Programme programme,
        int year,
        PlanVersion approved,
        PlanSnapshot planned,
        PlanSnapshot now,
        Comparison deviations) {}
