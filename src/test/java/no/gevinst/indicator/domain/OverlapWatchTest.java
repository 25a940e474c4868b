package no.gevinst.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import no.gevinst.indicator.Confidence;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class OverlapWatchTest {

    private static final IndicatorId INDICATOR = new IndicatorId(UUID.randomUUID());
    private static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());

    /** Whatever order and periods the rows come in, the watch never vouches for rows that overlap. */
    @Property(tries = 500)
    void neverVouchesForOverlappingRows(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 200) Integer> starts,
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 40) Integer> lengths,
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 2) Integer> units,
            @ForAll @IntRange(min = 1, max = 4) int maxSeries,
            @ForAll boolean inOrder) {
        int n = Math.min(starts.size(), Math.min(lengths.size(), units.size()));
        List<IntakeRowChecks.Checked> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(starts.get(i));
            rows.add(row(i + 1, "Enhet " + units.get(i), start, start.plusDays(lengths.get(i))));
        }
        if (inOrder) {
            // As most files come: then the watch has something to vouch for.
            rows.sort(java.util.Comparator.comparing(IntakeRowChecks.Checked::start));
        }
        OverlapWatch watch = new OverlapWatch(maxSeries);
        rows.forEach(watch::add);

        if (watch.surelyNoOverlaps()) {
            assertThat(anyOverlap(rows)).isFalse();
        }
    }

    @Test
    void vouchesForAFileWrittenPeriodByPeriodAcrossItsSeries() {
        OverlapWatch watch = new OverlapWatch();
        for (int month = 1; month <= 24; month++) {
            YearMonth period = YearMonth.of(2024, 1).plusMonths(month - 1);
            for (int unit = 0; unit < 100; unit++) {
                watch.add(row(month * 100L + unit, "Enhet " + unit, period.atDay(1), period.atEndOfMonth()));
            }
        }
        assertThat(watch.surelyNoOverlaps()).isTrue();
    }

    @Test
    void leavesItToTheDatabaseWhenASeriesComesOutOfOrderOrThereAreTooManySeries() {
        OverlapWatch outOfOrder = new OverlapWatch();
        outOfOrder.add(row(1, "", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        outOfOrder.add(row(2, "", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
        assertThat(outOfOrder.surelyNoOverlaps()).isFalse();

        OverlapWatch many = new OverlapWatch(2);
        for (int unit = 0; unit < 3; unit++) {
            many.add(row(unit + 1, "Enhet " + unit, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
        }
        assertThat(many.surelyNoOverlaps()).isFalse();
    }

    private static boolean anyOverlap(List<IntakeRowChecks.Checked> rows) {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < i; j++) {
                IntakeRowChecks.Checked a = rows.get(i);
                IntakeRowChecks.Checked b = rows.get(j);
                if (a.unit().equals(b.unit())
                        && !a.start().isAfter(b.end())
                        && !b.start().isAfter(a.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static IntakeRowChecks.Checked row(long row, String unit, LocalDate start, LocalDate end) {
        return new IntakeRowChecks.Checked(
                row, INDICATOR, BigDecimal.ONE, start, end, ORGANISATION, unit, "", Confidence.MEDIUM, "");
    }
}
