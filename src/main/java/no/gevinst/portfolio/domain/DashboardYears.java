package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Realised;
import no.gevinst.portfolio.Totals;
import no.gevinst.programme.EconomicTarget;
import no.gevinst.programme.Programme;

/**
 * The dashboard's table of years: planned, forecast, excluded as double counted, net, the targets in force and what
 * was realised, for every year planned or forecast.
 */
final class DashboardYears {

    private DashboardYears() {}

    static List<Dashboard.Year> of(
            SortedMap<Integer, BigDecimal> planned,
            SortedMap<Integer, BigDecimal> forecast,
            Totals totals,
            List<Programme> counted,
            SortedMap<Integer, Realised> realised,
            int thisYear) {
        SortedSet<Integer> all = new TreeSet<>(planned.keySet());
        all.addAll(forecast.keySet());
        SortedMap<Integer, BigDecimal> excluded = new TreeMap<>();
        totals.years().forEach(y -> excluded.put(y.year(), y.excluded()));
        List<Dashboard.Year> years = new ArrayList<>();
        for (int year : all) {
            BigDecimal value = forecast.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal left = excluded.getOrDefault(year, BigDecimal.ZERO);
            Realised r = realised.get(year);
            boolean measured = r != null && r.measured();
            years.add(new Dashboard.Year(
                    year,
                    planned.getOrDefault(year, BigDecimal.ZERO),
                    value,
                    left,
                    value.subtract(left),
                    target(counted, year),
                    year <= thisYear,
                    measured ? r.total() : null,
                    measured ? r.unsigned() : null));
        }
        return years;
    }

    /** The sum of the targets in force in the year; null when no programme counted has one by then. */
    private static BigDecimal target(List<Programme> counted, int year) {
        BigDecimal sum = null;
        for (Programme p : counted) {
            EconomicTarget t = p.economicTarget();
            if (t != null && t.fromYear() <= year) {
                sum = sum == null ? t.nokPerYear() : sum.add(t.nokPerYear());
            }
        }
        return sum;
    }
}
