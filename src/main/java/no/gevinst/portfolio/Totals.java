package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Priced benefits of the visible programmes, gross and net of double counting.
 *
 * @param gross every valued benefit summed over the years
 * @param excluded the overlapping amounts left out: unresolved conflicts and PRIMARY or SPLIT decisions
 * @param net gross − excluded
 * @param byBenefit what each benefit counted gives up, largest first: the excluded amount traced to its benefits
 */
public record Totals(
        List<Year> years, BigDecimal gross, BigDecimal excluded, BigDecimal net, List<BenefitExclusion> byBenefit) {

    public Totals {
        years = List.copyOf(years);
        byBenefit = List.copyOf(byBenefit);
    }

    public static Totals of(List<Year> years, List<BenefitExclusion> byBenefit) {
        BigDecimal gross = years.stream().map(Year::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal excluded = years.stream().map(Year::excluded).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(years, gross, excluded, gross.subtract(excluded), byBenefit);
    }

    /**
     * The years gross, excluded and net are summed over, as a page labels them ("sum 2024–2033"), so that a sum is
     * never read as a figure per year; null without years.
     */
    public String span() {
        if (years.isEmpty()) {
            return null;
        }
        int first = years.stream().mapToInt(Year::year).min().orElseThrow();
        int last = years.stream().mapToInt(Year::year).max().orElseThrow();
        return first == last ? Integer.toString(first) : first + "–" + last;
    }

    public record Year(int year, BigDecimal gross, BigDecimal excluded, BigDecimal net) {

        /**
         * A value summed from figures stored in exponent form (3.432E+5, a negative scale) is held with scale 0
         * instead, the same number: otherwise a year's gross could print as 3.432E+5 beside its net as 343200,
         * depending on whether it was summed from rows ({@code NetRows}) or at once.
         */
        public Year {
            gross = plain(gross);
            excluded = plain(excluded);
            net = plain(net);
        }

        private static BigDecimal plain(BigDecimal value) {
            return value.scale() < 0 ? value.setScale(0) : value;
        }

        public static Year of(int year, BigDecimal gross, BigDecimal excluded) {
            return new Year(year, gross, excluded, gross.subtract(excluded));
        }
    }

    /** What one benefit gives up to double counting in each year, never more than its value there. */
    public record BenefitExclusion(ConflictBenefit benefit, SortedMap<Integer, BigDecimal> byYear) {

        public BenefitExclusion {
            byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
        }

        public BigDecimal total() {
            return byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
