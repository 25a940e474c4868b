package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import no.gevinst.TestMeasurements;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Worked examples computed by hand in the comments; the code must agree with the arithmetic. */
class StatusCalculatorTest {

    private static final OrganisationId ST_OLAV = OrganisationId.newId();

    @Test
    void interpolatesLinearlyBetweenBaselineAndTargets() {
        // Baseline 40 at 1 Jan 2024, target 60 at 1 Jan 2025 (366 days later, 2024 is a leap year), 80 at 1 Jan 2026.
        Trajectory t =
                trajectory(Direction.HIGHER_IS_BETTER, "40", "2024-01-01", "2025-01-01", "60", "2026-01-01", "80");
        // 2 July 2024 is day 183 of 366: 40 + 20 × 183/366 = 50.
        assertThat(t.expectedAt(LocalDate.parse("2024-07-02"))).isEqualByComparingTo("50");
        // 1 July 2025 is day 181 of 365 after 1 Jan 2025: 60 + 20 × 181/365 = 69.917808...
        assertThat(t.expectedAt(LocalDate.parse("2025-07-01")).doubleValue()).isCloseTo(69.917808, Offset.offset(1e-6));
        assertThat(t.expectedAt(LocalDate.parse("2023-06-01"))).isEqualByComparingTo("40");
        assertThat(t.expectedAt(LocalDate.parse("2027-06-01"))).isEqualByComparingTo("80");
    }

    @Test
    void higherIsBetterBehindTheTrajectoryIsAmber() {
        // Actual 47 for the period ending 2 July 2024. Achievement (47 − 40)/(80 − 40) = 0.175; the trajectory
        // expects 50, i.e. (50 − 40)/40 = 0.25; the gap is 7.5 points: above amber (5), within red (15).
        Indicator indicator = indicator(Direction.HIGHER_IS_BETTER, Frequency.QUARTER, "5", "15");
        Trajectory t =
                trajectory(Direction.HIGHER_IS_BETTER, "40", "2024-01-01", "2025-01-01", "60", "2026-01-01", "80");
        IndicatorStatus s = StatusCalculator.status(
                indicator, t, List.of(measurement("2024-04-03", "2024-07-02", "47")), LocalDate.parse("2024-08-01"));
        assertThat(s.achievement()).isEqualByComparingTo("0.175");
        assertThat(s.expected()).isEqualByComparingTo("0.25");
        assertThat(s.gap()).isEqualByComparingTo("7.50");
        assertThat(s.rag()).isEqualTo(Rag.AMBER);
        assertThat(s.stale()).isFalse();
    }

    @Test
    void lowerIsBetterAheadOfTheTrajectoryIsGreen() {
        // Medication errors per 1 000 bed days: baseline 12 at 31 Dec 2023, target 6 at 31 Dec 2024 (366 days).
        // 30 Jun 2024 is day 182: expected 12 − 6 × 182/366 = 9.016393...; actual 8.
        // Achievement (8 − 12)/(6 − 12) = 0.666667; expected (9.016393 − 12)/(−6) = 0.497268; gap −16.94: green.
        Indicator indicator = indicator(Direction.LOWER_IS_BETTER, Frequency.MONTH, "5", "10");
        Trajectory t = trajectory(Direction.LOWER_IS_BETTER, "12", "2023-12-31", "2024-12-31", "6");
        IndicatorStatus s = StatusCalculator.status(
                indicator, t, List.of(measurement("2024-06-01", "2024-06-30", "8")), LocalDate.parse("2024-07-10"));
        assertThat(s.achievement().doubleValue()).isCloseTo(0.666667, Offset.offset(1e-6));
        assertThat(s.expected().doubleValue()).isCloseTo(0.497268, Offset.offset(1e-6));
        assertThat(s.gap()).isEqualByComparingTo("-16.94");
        assertThat(s.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void lowerIsBetterMovingTheWrongWayIsRedWithNegativeAchievement() {
        // Baseline 12, target 6; actual 13 at 30 Jun 2024: achievement (13 − 12)/(−6) = −0.166667,
        // gap 0.497268 + 0.166667 = 66.39 points: red.
        Indicator indicator = indicator(Direction.LOWER_IS_BETTER, Frequency.MONTH, "5", "10");
        Trajectory t = trajectory(Direction.LOWER_IS_BETTER, "12", "2023-12-31", "2024-12-31", "6");
        IndicatorStatus s = StatusCalculator.status(
                indicator, t, List.of(measurement("2024-06-01", "2024-06-30", "13")), LocalDate.parse("2024-07-10"));
        assertThat(s.achievement().doubleValue()).isCloseTo(-0.166667, Offset.offset(1e-6));
        assertThat(s.gap()).isEqualByComparingTo("66.39");
        assertThat(s.rag()).isEqualTo(Rag.RED);
    }

    @Test
    void forecastsTheDayTheTargetIsReachedFromTheRecentPace() {
        // 40, 45, 50 on days 0, 100, 200 after 1 Jan 2024: 0.05 a day, so 80 is reached on day 800,
        // which is 1 Jan 2026 (day 731) + 69 days = 11 March 2026: later than the target date 1 Jan 2026.
        Indicator indicator = indicator(Direction.HIGHER_IS_BETTER, Frequency.QUARTER, "5", "15");
        Trajectory t = trajectory(Direction.HIGHER_IS_BETTER, "40", "2023-12-31", "2026-01-01", "80");
        LocalDate start = LocalDate.parse("2024-01-01");
        List<Measurement> series = List.of(
                measurement(start.minusDays(30), start, "40"),
                measurement(start.plusDays(70), start.plusDays(100), "45"),
                measurement(start.plusDays(170), start.plusDays(200), "50"));
        IndicatorStatus s = StatusCalculator.status(indicator, t, series, start.plusDays(210));
        assertThat(s.forecast().date()).isEqualTo(LocalDate.parse("2026-03-11"));
        assertThat(s.forecast().onTime()).isFalse();
        assertThat(s.trend()).isEqualTo(Trend.IMPROVING);
    }

    @Test
    void forecastsNeverWhenTheValuesMoveAwayFromTheTarget() {
        Indicator indicator = indicator(Direction.LOWER_IS_BETTER, Frequency.MONTH, "5", "10");
        Trajectory t = trajectory(Direction.LOWER_IS_BETTER, "12", "2023-12-31", "2024-12-31", "6");
        List<Measurement> series = List.of(
                measurement("2024-01-01", "2024-01-31", "11"),
                measurement("2024-02-01", "2024-02-29", "11.5"),
                measurement("2024-03-01", "2024-03-31", "12"));
        IndicatorStatus s = StatusCalculator.status(indicator, t, series, LocalDate.parse("2024-04-05"));
        assertThat(s.forecast().reachable()).isFalse();
        assertThat(s.trend()).isEqualTo(Trend.WORSENING);
    }

    @Test
    void aReachedTargetIsForecastAsReached() {
        Indicator indicator = indicator(Direction.HIGHER_IS_BETTER, Frequency.YEAR, "5", "15");
        Trajectory t = trajectory(Direction.HIGHER_IS_BETTER, "40", "2023-12-31", "2026-01-01", "80");
        IndicatorStatus s = StatusCalculator.status(
                indicator, t, List.of(measurement("2025-01-01", "2025-06-30", "81")), LocalDate.parse("2025-07-01"));
        assertThat(s.forecast().date()).isEqualTo(LocalDate.parse("2025-06-30"));
        assertThat(s.forecast().onTime()).isTrue();
        assertThat(s.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void becomesStaleOneAndAHalfPeriodsAfterTheLastMeasurement() {
        // Monthly: 1.5 × 30.4375 days = 45.66, rounded to 46 days after 31 Jan 2026 = 18 March 2026.
        Indicator monthly = indicator(Direction.HIGHER_IS_BETTER, Frequency.MONTH, "5", "15");
        List<Measurement> one = List.of(measurement("2026-01-01", "2026-01-31", "50"));
        assertThat(StatusCalculator.status(monthly, null, one, LocalDate.parse("2026-03-18"))
                        .stale())
                .isFalse();
        assertThat(StatusCalculator.status(monthly, null, one, LocalDate.parse("2026-03-19"))
                        .stale())
                .isTrue();
        // Quarterly: 1.5 × 91.3125 = 136.97, so 137 days after 31 Mar 2026 = 15 August 2026.
        assertThat(Frequency.QUARTER.staleAfter(LocalDate.parse("2026-03-31")))
                .isEqualTo(LocalDate.parse("2026-08-15"));
    }

    @Test
    void severalUnitsInOnePeriodCountAsTheirMean() {
        Indicator indicator = indicator(Direction.HIGHER_IS_BETTER, Frequency.QUARTER, "5", "15");
        Trajectory t = trajectory(Direction.HIGHER_IS_BETTER, "40", "2024-01-01", "2025-01-01", "60");
        IndicatorStatus s = StatusCalculator.status(
                indicator,
                t,
                List.of(measurement("2024-04-01", "2024-06-30", "44"), measurement("2024-04-01", "2024-06-30", "50")),
                LocalDate.parse("2024-07-01"));
        assertThat(s.latest()).isEqualByComparingTo("47");
    }

    @Test
    void refusesATrajectoryWithoutChangeOrPointingTheWrongWay() {
        assertThatThrownBy(() -> trajectory(Direction.HIGHER_IS_BETTER, "40", "2024-01-01", "2025-01-01", "40"))
                .hasMessageContaining("equals the baseline");
        assertThatThrownBy(() -> trajectory(Direction.LOWER_IS_BETTER, "12", "2024-01-01", "2025-01-01", "14"))
                .hasMessageContaining("wrong side");
    }

    @Test
    void unmeasuredIndicatorsHaveNoTrafficLight() {
        IndicatorStatus s = StatusCalculator.status(
                indicator(Direction.HIGHER_IS_BETTER, Frequency.MONTH, "5", "15"), null, List.of(), LocalDate.now());
        assertThat(s.measured()).isFalse();
        assertThat(s.rag()).isEqualTo(Rag.NONE);
    }

    /** Reaching the final target is achievement 1 and the baseline is 0, whichever the direction. */
    @Property
    void achievementIsOneAtTheTargetAndZeroAtTheBaseline(
            @ForAll @IntRange(min = -1000, max = 1000) int baseline,
            @ForAll @IntRange(min = 1, max = 500) int change,
            @ForAll boolean higherIsBetter) {
        Direction direction = higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        int target = baseline + direction.sign() * change;
        Trajectory t =
                trajectory(direction, String.valueOf(baseline), "2024-01-01", "2025-01-01", String.valueOf(target));
        assertThat(t.achievement(BigDecimal.valueOf(target))).isEqualByComparingTo("1");
        assertThat(t.achievement(BigDecimal.valueOf(baseline))).isEqualByComparingTo("0");
        assertThat(t.achievement(BigDecimal.valueOf(baseline + direction.sign() * change / 2.0))
                        .doubleValue())
                .isCloseTo(0.5, Offset.offset(1e-9));
    }

    /** Interpolated values never leave the range spanned by the baseline and the targets. */
    @Property
    void interpolationStaysBetweenTheNeighbouringPoints(@ForAll @IntRange(min = 0, max = 800) int day) {
        Trajectory t =
                trajectory(Direction.HIGHER_IS_BETTER, "40", "2024-01-01", "2025-01-01", "60", "2026-01-01", "80");
        BigDecimal value = t.expectedAt(LocalDate.parse("2024-01-01").plusDays(day));
        assertThat(value).isBetween(BigDecimal.valueOf(40), BigDecimal.valueOf(80));
    }

    private static Indicator indicator(Direction direction, Frequency frequency, String amber, String red) {
        return Indicator.builder()
                .id(IndicatorId.newId())
                .benefit(BenefitId.newId())
                .name("Test")
                .unit("antall")
                .direction(direction)
                .frequency(frequency)
                .amberTolerance(new BigDecimal(amber))
                .redTolerance(new BigDecimal(red))
                .build();
    }

    private static Trajectory trajectory(Direction direction, String baseline, String baselineEnd, String... targets) {
        List<TargetPoint> points = new ArrayList<>();
        for (int i = 0; i < targets.length; i += 2) {
            points.add(new TargetPoint(LocalDate.parse(targets[i]), new BigDecimal(targets[i + 1])));
        }
        LocalDate end = LocalDate.parse(baselineEnd);
        Baseline b = new Baseline(new BigDecimal(baseline), end.minusMonths(1), end, "", "", "", "", false, null);
        return Trajectory.of(b, points, direction);
    }

    private static Measurement measurement(String start, String end, String value) {
        return measurement(LocalDate.parse(start), LocalDate.parse(end), value);
    }

    private static Measurement measurement(LocalDate start, LocalDate end, String value) {
        return TestMeasurements.measurement()
                .in(start, end)
                .actual(value)
                .at(ST_OLAV)
                .build();
    }
}
