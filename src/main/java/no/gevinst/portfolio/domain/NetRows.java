package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.portfolio.ConflictBenefit;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The gross and net totals ({@link NetTotals}) of several programmes as the sum of each programme's own row, each row
 * kept across readings for as long as what it is worked out of stays the same: the programme's benefits (the very
 * list its register's facts are kept as) and the conflicts touching them with their decisions. What a benefit gives
 * up depends on the conflicts it is in alone, so a programme's row worked out from the conflicts touching it is the
 * whole portfolio's totals selected to that programme; and money adds up exactly, so the rows' sum is the portfolio's
 * to the øre ({@code NetRowsTest}). After a measurement no row is worked out again; after a register edit in one
 * programme, its own row and those of the programmes whose conflicts with it changed.
 */
@Component
class NetRows {

    /** A programme's row and what it was worked out of. */
    private record Row(List<BenefitFacts> benefits, List<ConflictStatus> touching, Totals totals) {}

    /** A row per programme: enough for several regions' programmes; least recently used out first. */
    static final int KEPT = 256;

    private final Map<ProgrammeId, Row> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ProgrammeId, Row> eldest) {
            return size() > KEPT;
        }
    };

    /** How many rows have been worked out rather than found kept: what the tests count. */
    private long worked;

    /**
     * The programmes' totals, each programme's row worked out again only when its benefits or the conflicts touching
     * them changed.
     *
     * @param programmes each programme's benefits, in the portfolio's order
     * @param statuses every conflict found with its decision (those touching no programme given are passed over)
     */
    Totals of(Map<ProgrammeId, List<BenefitFacts>> programmes, List<ConflictStatus> statuses) {
        Map<ProgrammeId, List<ConflictStatus>> touching = touching(statuses);
        List<Totals> rows = new ArrayList<>(programmes.size());
        programmes.forEach((p, benefits) -> rows.add(row(p, benefits, touching.getOrDefault(p, List.of()))));
        return rows.size() == 1 ? rows.getFirst() : sum(rows);
    }

    private Totals row(ProgrammeId programme, List<BenefitFacts> benefits, List<ConflictStatus> touching) {
        synchronized (this) {
            Row found = kept.get(programme);
            if (found != null && found.benefits() == benefits && sameConflicts(found.touching(), touching)) {
                return found.totals();
            }
        }
        Totals totals = NetTotals.of(benefits, touching);
        synchronized (this) {
            worked++;
            kept.put(programme, new Row(benefits, touching, totals));
        }
        return totals;
    }

    synchronized long worked() {
        return worked;
    }

    /** The same conflicts with the same decisions, in the same order (who may decide does not count). */
    private static boolean sameConflicts(List<ConflictStatus> kept, List<ConflictStatus> now) {
        if (kept.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < kept.size(); i++) {
            ConflictStatus a = kept.get(i);
            ConflictStatus b = now.get(i);
            if ((a.conflict() != b.conflict() && !a.conflict().equals(b.conflict()))
                    || !Objects.equals(a.decision(), b.decision())) {
                return false;
            }
        }
        return true;
    }

    /** The conflicts touching each programme's benefits, in the order given. */
    static Map<ProgrammeId, List<ConflictStatus>> touching(List<ConflictStatus> statuses) {
        Map<ProgrammeId, List<ConflictStatus>> touching = new HashMap<>();
        for (ConflictStatus s : statuses) {
            ProgrammeId last = null;
            for (ConflictBenefit b : s.conflict().benefits()) {
                ProgrammeId p = b.programme();
                if (p.equals(last)) {
                    continue;
                }
                List<ConflictStatus> mine = touching.computeIfAbsent(p, k -> new ArrayList<>());
                if (mine.isEmpty() || mine.getLast() != s) {
                    mine.add(s);
                }
                last = p;
            }
        }
        return touching;
    }

    /**
     * The rows added up: each year's gross and excluded summed over the rows that have the year, the benefits' exclusions
     * largest first, those of equal totals in the rows' order (as the whole portfolio's list gives them).
     */
    static Totals sum(List<Totals> rows) {
        SortedMap<Integer, BigDecimal> gross = new TreeMap<>();
        SortedMap<Integer, BigDecimal> excluded = new TreeMap<>();
        List<Totals.BenefitExclusion> byBenefit = new ArrayList<>();
        for (Totals row : rows) {
            for (Totals.Year y : row.years()) {
                gross.merge(y.year(), y.gross(), BigDecimal::add);
                excluded.merge(y.year(), y.excluded(), BigDecimal::add);
            }
            byBenefit.addAll(row.byBenefit());
        }
        List<Totals.Year> years = new ArrayList<>();
        gross.forEach((year, amount) -> years.add(Totals.Year.of(year, amount, excluded.get(year))));
        return Totals.of(years, NetTotals.largestFirst(byBenefit));
    }
}
