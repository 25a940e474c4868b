package no.gevinst.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import no.gevinst.TestMeasurements;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.Frequency;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.StatusCalculator;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.Trajectory;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;

/**
 * The status computed from what {@link RecentPeriods} reads (the current measurements of the latest six period ends)
 * is the very status computed from every measurement: for random series with several units a period, corrections,
 * gaps, periods with only superseded rows, with and without a trajectory, in both directions.
 */
class RecentPeriodsTest {

    private static final IndicatorId INDICATOR = IndicatorId.newId();
    private static final LocalDate FIRST_MONTH = LocalDate.of(2020, 1, 31);

    /** One row as generated: which month it ends, its value in hundredths, which unit, and whether it was corrected. */
    record Row(int month, int hundredths, int unit, boolean superseded) {}

    @Property(tries = 1000)
    void statusFromTheLatestPeriodsEqualsStatusFromEveryMeasurement(
            @ForAll("rows") List<Row> rows,
            @ForAll boolean higherIsBetter,
            @ForAll boolean withTrajectory,
            @ForAll @IntRange(min = 0, max = 3) int frequency,
            @ForAll @IntRange(min = -20, max = 80) int todayInMonths) {
        Direction direction = higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        Indicator indicator = indicator(direction, Frequency.values()[frequency % Frequency.values().length]);
        Trajectory trajectory = withTrajectory ? trajectory(direction) : null;
        List<Measurement> all =
                rows.stream().map(RecentPeriodsTest::measurement).toList();
        LocalDate today = FIRST_MONTH.plusMonths(todayInMonths);

        IndicatorStatus fromAll = StatusCalculator.status(indicator, trajectory, all, today);
        IndicatorStatus fromRecent = StatusCalculator.status(indicator, trajectory, RecentPeriods.select(all), today);

        assertThat(fromRecent).isEqualTo(fromAll);
    }

    @Property(tries = 200)
    void readsNoMoreThanTheLatestSixPeriodEndsAndOnlyCurrentRows(@ForAll("rows") List<Row> rows) {
        List<Measurement> selected = RecentPeriods.select(
                rows.stream().map(RecentPeriodsTest::measurement).toList());
        assertThat(selected).allMatch(Measurement::isCurrent);
        assertThat(selected.stream().map(Measurement::periodEnd).distinct().count())
                .isLessThanOrEqualTo(RecentPeriods.PERIODS);
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(-5_000, 20_000),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 4).map(n -> n == 0))
                .as(Row::new);
        return row.list().ofMinSize(0).ofMaxSize(120);
    }

    private static Measurement measurement(Row row) {
        LocalDate end = FIRST_MONTH
                .plusMonths(row.month())
                .withDayOfMonth(1)
                .plusMonths(1)
                .minusDays(1);
        TestMeasurements measurement = TestMeasurements.measurement()
                .of(INDICATOR)
                .actual(BigDecimal.valueOf(row.hundredths(), 2))
                .in(end.withDayOfMonth(1), end)
                .at(new OrganisationId(new java.util.UUID(0, row.unit() % 2)), "unit " + row.unit())
                .from(MeasurementSource.API);
        return (row.superseded() ? measurement.supersededFor("corrected") : measurement).build();
    }

    private static Trajectory trajectory(Direction direction) {
        BigDecimal baseline = new BigDecimal("40");
        BigDecimal sign = BigDecimal.valueOf(direction.sign());
        List<TargetPoint> targets = new ArrayList<>();
        targets.add(new TargetPoint(LocalDate.of(2021, 12, 31), baseline.add(sign.multiply(new BigDecimal("25")))));
        targets.add(new TargetPoint(LocalDate.of(2023, 6, 30), baseline.add(sign.multiply(new BigDecimal("60")))));
        Baseline b = new Baseline(
                baseline, LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31), "", "", "", "", false, null);
        return Trajectory.of(b, targets, direction);
    }

    private static Indicator indicator(Direction direction, Frequency frequency) {
        return Indicator.builder()
                .id(INDICATOR)
                .benefit(BenefitId.newId())
                .name("Test")
                .unit("antall")
                .direction(direction)
                .frequency(frequency)
                .amberTolerance(new BigDecimal("5"))
                .redTolerance(new BigDecimal("15"))
                .build();
    }
}
