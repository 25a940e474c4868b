package no.gevinst.indicator.domain;

import java.util.HashMap;
import java.util.Map;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;

/**
 * Tells, as the rows stream in, whether an intake's rows surely have no overlapping periods, so that the set-based
 * check in SQL (a sort of every staged row) can be left out. Files are written series by series, or period by
 * period across the series: within each series (indicator, organisation and unit) the periods then come in order of
 * their start, and a row overlaps an earlier one of its series exactly when it starts on or before the latest end
 * seen in the series. When a series' periods come out of order, an overlap is met, or there are more series than
 * {@link #MAX_SERIES} (the heap's bound, whatever the file's size), the watch no longer vouches for the file, and the
 * SQL check decides and names the rows as before.
 */
final class OverlapWatch {

    /** At most this many series are remembered: about 150 bytes each. */
    static final int MAX_SERIES = 250_000;

    private record Series(IndicatorId indicator, OrganisationId organisation, String unit) {}

    /** The latest start and the latest end seen in a series, as epoch days. */
    private static final class Seen {
        long start;
        long end;

        Seen(long start, long end) {
            this.start = start;
            this.end = end;
        }
    }

    private final int maxSeries;
    private Map<Series, Seen> series = new HashMap<>();

    OverlapWatch() {
        this(MAX_SERIES);
    }

    OverlapWatch(int maxSeries) {
        this.maxSeries = maxSeries;
    }

    /** Watches an accepted row, in the order of the file. */
    void add(IntakeRowChecks.Checked row) {
        if (series == null) {
            return;
        }
        long start = row.start().toEpochDay();
        long end = row.end().toEpochDay();
        Series key = new Series(row.indicator(), row.organisation(), row.unit());
        Seen seen = series.get(key);
        if (seen == null) {
            if (series.size() >= maxSeries) {
                giveUp();
            } else {
                series.put(key, new Seen(start, end));
            }
        } else if (start < seen.start || start <= seen.end) {
            // Out of order (an earlier row may overlap in a way this cannot see), or an overlap: SQL names it.
            giveUp();
        } else {
            seen.start = start;
            seen.end = Math.max(seen.end, end);
        }
    }

    /** True when no two rows watched overlap; false when that is not known. */
    boolean surelyNoOverlaps() {
        return series != null;
    }

    private void giveUp() {
        series = null;
    }
}
