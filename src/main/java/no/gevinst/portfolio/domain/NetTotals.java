package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;

/**
 * Gross and net totals. Gross adds up every valued benefit; net leaves out the overlapping amount of each conflict
 * that is unresolved or resolved by PRIMARY or SPLIT (either way the overlap is to be counted once), and keeps the
 * accepted ones, whose justification says they are no double count.
 */
public final class NetTotals {

    private NetTotals() {}

    public static Totals of(List<BenefitFacts> benefits, List<ConflictStatus> conflicts) {
        SortedMap<Integer, BigDecimal> gross = new TreeMap<>();
        benefits.forEach(b -> b.valueByYear().forEach((year, value) -> gross.merge(year, value, BigDecimal::add)));
        SortedMap<Integer, BigDecimal> excluded = new TreeMap<>();
        conflicts.stream()
                .filter(ConflictStatus::excluded)
                .forEach(c -> c.conflict().overlapByYear().forEach((year, amount) -> {
                    excluded.merge(year, amount, BigDecimal::add);
                    gross.putIfAbsent(year, BigDecimal.ZERO);
                }));
        List<Totals.Year> years = new ArrayList<>();
        gross.forEach((year, amount) ->
                years.add(Totals.Year.of(year, amount, excluded.getOrDefault(year, BigDecimal.ZERO))));
        return Totals.of(years);
    }
}
