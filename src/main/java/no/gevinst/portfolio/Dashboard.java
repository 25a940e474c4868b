package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.util.List;
import no.gevinst.benefit.RegisterTally;
import no.gevinst.plan.Reminders.Reminder;
import no.gevinst.shared.ProgrammeId;

/**
 * The portfolio at a glance, for one programme or every visible one: the register counted, priced benefits per year
 * against the economic target, gross and net of double counting, and what falls due soon.
 *
 * @param selected the programme asked for, or null for every visible programme
 * @param programmes the programmes counted, each with where its planned figures come from
 * @param totals gross and net of double counting over the programmes counted
 * @param unresolvedConflicts double counts touching the programmes counted that have no decision yet
 * @param deadlines reminders of the counted programmes due within the horizon, overdue first
 * @param flows who invests and who benefits in the programmes counted, with the sign-off of the actuals
 * @param problems the programmes counted whose valuation cannot be computed: they count as nothing priced here
 */
public record Dashboard(
        ProgrammeId selected,
        List<ProgrammeLine> programmes,
        RegisterTally register,
        List<Year> years,
        Totals totals,
        long unresolvedConflicts,
        List<Reminder> deadlines,
        FlowReport flows,
        List<ProgrammeProblem> problems) {

    public Dashboard {
        problems = List.copyOf(problems);
        programmes = List.copyOf(programmes);
        years = List.copyOf(years);
        deadlines = List.copyOf(deadlines);
    }

    /** The days ahead that "coming up" covers. */
    public static final int HORIZON_DAYS = 90;

    public boolean hasTarget() {
        return years.stream().anyMatch(y -> y.target() != null);
    }

    /** True when some programme has no approved plan, so that its planned figures are its current valuation. */
    public boolean plannedFromValuation() {
        return programmes.stream().anyMatch(p -> p.approvedPlanVersion() == null);
    }

    /**
     * A programme counted.
     *
     * @param approvedPlanVersion the number of the programme plan's approved version that gives the planned figures;
     *     null when none is approved and the current valuation stands in for the plan
     * @param targetPerYear the economic target in kroner a year from {@code targetFromYear}; null without a target
     */
    public record ProgrammeLine(
            ProgrammeId id,
            String code,
            String name,
            Integer approvedPlanVersion,
            BigDecimal targetPerYear,
            Integer targetFromYear) {}

    /**
     * Priced benefits in one year, summed over the programmes counted.
     *
     * @param planned the approved plan version's own value for this year, phase-in included (a version approved before
     *     plans kept yearly values: its value at full effect from the year of full effect; without an approved version
     *     the valuation, see {@link ProgrammeLine#approvedPlanVersion()})
     * @param forecast the current valuation
     * @param excluded the overlap of double counts left out
     * @param net forecast − excluded
     * @param target the economic target in force this year; null when none is
     * @param reckoned the year has begun, so that realised kroner are reckoned for it
     * @param realised forecast × achievement summed over the benefits measured in the year (see {@link Realised});
     *     null when none was measured or the year has not come
     * @param realisedUnsigned the part of realised that the benefiting parties have not signed off; null with it
     */
    public record Year(
            int year,
            BigDecimal planned,
            BigDecimal forecast,
            BigDecimal excluded,
            BigDecimal net,
            BigDecimal target,
            boolean reckoned,
            BigDecimal realised,
            BigDecimal realisedUnsigned) {

        /** Reckoned, but no priced benefit was measured: "not measured", which is not zero. */
        public boolean notMeasured() {
            return reckoned && realised == null;
        }

        /** Net against the target; null without a target. */
        public BigDecimal gap() {
            return target == null ? null : net.subtract(target);
        }
    }
}
