package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.util.List;

/**
 * Priced benefits of the visible programmes, gross and net of double counting.
 *
 * @param gross every valued benefit summed over the years
 * @param excluded the overlapping amounts left out: unresolved conflicts and PRIMARY or SPLIT decisions
 * @param net gross − excluded
 */
public record Totals(List<Year> years, BigDecimal gross, BigDecimal excluded, BigDecimal net) {

    public Totals {
        years = List.copyOf(years);
    }

    public static Totals of(List<Year> years) {
        BigDecimal gross = years.stream().map(Year::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal excluded = years.stream().map(Year::excluded).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(years, gross, excluded, gross.subtract(excluded));
    }

    public record Year(int year, BigDecimal gross, BigDecimal excluded, BigDecimal net) {

        public static Year of(int year, BigDecimal gross, BigDecimal excluded) {
            return new Year(year, gross, excluded, gross.subtract(excluded));
        }
    }
}
