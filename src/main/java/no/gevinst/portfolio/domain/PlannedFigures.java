package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.plan.PlanSnapshot;

/**
 * "Planned" per year: what the approved plan version itself planned for each year, phase-in included, for every year
 * of the analysis period it was approved with. The dashboard, the steering group report, the board summary and the
 * annual status all read planned kroner from here (through the dashboard), so that they cannot differ.
 *
 * <p>A snapshot frozen before the yearly values were kept (issue 16) has only each benefit's value at full effect;
 * for it, as before, that value counts from the year of full effect (or the expected start, or every year when
 * neither is given). Nothing else about its phase-in was frozen, so nothing else can honestly be said.
 *
 * <p>A benefit another programme shares with the plan's is not the plan's to count here: its planned kroner are its
 * home programme's, which each programme sharing it counts at its share ({@link SharedPlanned}).
 */
final class PlannedFigures {

    private PlannedFigures() {}

    /**
     * @param years the years to show even when the plan has nothing in them (zero there)
     */
    static SortedMap<Integer, BigDecimal> of(PlanSnapshot snapshot, Set<Integer> years) {
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        years.forEach(year -> byYear.put(year, BigDecimal.ZERO));
        for (PlanSnapshot.BenefitEntry b : snapshot.benefits()) {
            if (!received(b)) {
                ofBenefit(b, years).forEach((year, value) -> byYear.merge(year, value, BigDecimal::add));
            }
        }
        return byYear;
    }

    /** One benefit's planned kroner per year as the snapshot froze them; empty when it was not priced. */
    static SortedMap<Integer, BigDecimal> ofBenefit(PlanSnapshot.BenefitEntry b, Set<Integer> years) {
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        if (b.nokPerYear() == null) {
            return byYear;
        }
        if (b.valueByYear() != null) {
            byYear.putAll(b.valueByYear());
            return byYear;
        }
        LocalDate from = b.fullEffect() != null ? b.fullEffect() : b.expectedStart();
        for (int year : years) {
            if (from == null || from.getYear() <= year) {
                byYear.put(year, b.nokPerYear());
            }
        }
        return byYear;
    }

    /** A benefit another programme shares with the plan's (issue 18): its home programme's to plan. */
    static boolean received(PlanSnapshot.BenefitEntry b) {
        return b.sharing() != null && !b.sharing().atHome();
    }
}
