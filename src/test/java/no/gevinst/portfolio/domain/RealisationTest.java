package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.Trajectory;
import org.junit.jupiter.api.Test;

/** Realised kroner = forecast × the indicators' achievement, clamped to 0–100 %; the expected figures by hand. */
class RealisationTest {

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    @Test
    void aLowerIsBetterIndicatorFortyPercentOfTheWayRealisesFortyPercentOfTheForecast() {
        // Baseline 10, target 5, lower is better, actual 8: (8 − 10) / (5 − 10) = −2 / −5 = 0.4.
        // 1 000 000 kr × 0.4 = 400 000 kr.
        BigDecimal achievement = Realisation.achievement(lowerIsBetter("10", "5"), new BigDecimal("8"));

        assertThat(achievement).isEqualByComparingTo("0.4");
        assertThat(realisedOf(MILLION, achievement)).isEqualByComparingTo("400000");
    }

    @Test
    void aHigherIsBetterIndicatorCountsTheShareOfTheWayToItsFinalTarget() {
        // Baseline 50, final target 90 (an intermediate point 70 does not matter), actual 60: 10 / 40 = 0.25.
        // 2 400 000 kr × 0.25 = 600 000 kr.
        Trajectory t = Trajectory.of(
                baseline("50"), List.of(point(2025, "70"), point(2027, "90")), Direction.HIGHER_IS_BETTER);

        assertThat(realisedOf(new BigDecimal("2400000"), Realisation.achievement(t, new BigDecimal("60"))))
                .isEqualByComparingTo("600000");
    }

    @Test
    void goingBeyondTheTargetRealisesTheForecastAndNoMore() {
        // Baseline 10, target 5, actual 3: (3 − 10) / (5 − 10) = 1.4, counted as 1: 1 000 000 kr, not 1 400 000.
        BigDecimal achievement = Realisation.achievement(lowerIsBetter("10", "5"), new BigDecimal("3"));

        assertThat(achievement).isEqualByComparingTo("1.4");
        assertThat(Realisation.counted(achievement)).isEqualByComparingTo("1");
        assertThat(realisedOf(MILLION, achievement)).isEqualByComparingTo("1000000");
    }

    @Test
    void aMoveTheWrongWayRealisesNothing() {
        // Baseline 10, target 5, actual 12: (12 − 10) / (5 − 10) = −0.4, counted as 0: 0 kr, not −400 000.
        BigDecimal achievement = Realisation.achievement(lowerIsBetter("10", "5"), new BigDecimal("12"));

        assertThat(achievement).isEqualByComparingTo("-0.4");
        assertThat(realisedOf(MILLION, achievement)).isEqualByComparingTo("0");
    }

    @Test
    void severalIndicatorsCountTheMeanOfTheirClampedAchievements() {
        // 40 % and 140 % (counted as 100 %) and −20 % (counted as 0 %): (0.4 + 1 + 0) / 3 = 0.4666…
        // 3 000 000 kr × 1.4 / 3 = 1 400 000 kr.
        BigDecimal mean = Realisation.benefitAchievement(List.of(
                Realisation.counted(new BigDecimal("0.4")),
                Realisation.counted(new BigDecimal("1.4")),
                Realisation.counted(new BigDecimal("-0.2"))));

        assertThat(Realisation.realised(new BigDecimal("3000000"), mean).setScale(2, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("1400000");
    }

    @Test
    void aForecastWrittenWithAnExponentGivesAPlainRealisedFigure() {
        // 2.7E+6 kr × 0.55 = 1 485 000 kr, written out in full.
        assertThat(Realisation.realised(new BigDecimal("2.7E+6"), new BigDecimal("0.55"))
                        .toString())
                .isEqualTo("1485000");
    }

    @Test
    void aBenefitWithoutAMeasurementHasNoAchievementRatherThanZero() {
        // Not measured is not 0 %: the caller leaves the benefit out and shows the year as not measured.
        assertThatThrownBy(() -> Realisation.benefitAchievement(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void realisedIsNeverNegativeNorAboveTheForecast(
            @ForAll @IntRange(min = 0, max = 50_000_000) int forecast,
            @ForAll @IntRange(min = -1000, max = 1000) int baseline,
            @ForAll @IntRange(min = 1, max = 500) int change,
            @ForAll @IntRange(min = -3000, max = 3000) int actual,
            @ForAll boolean lowerIsBetter) {
        Direction direction = lowerIsBetter ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        Trajectory t = Trajectory.of(
                baseline(String.valueOf(baseline)),
                List.of(point(2027, String.valueOf(baseline + direction.sign() * change))),
                direction);

        BigDecimal realised =
                realisedOf(BigDecimal.valueOf(forecast), Realisation.achievement(t, BigDecimal.valueOf(actual)));

        assertThat(realised).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(forecast));
    }

    private static BigDecimal realisedOf(BigDecimal forecast, BigDecimal achievement) {
        return Realisation.realised(
                forecast, Realisation.benefitAchievement(List.of(Realisation.counted(achievement))));
    }

    private static Trajectory lowerIsBetter(String baseline, String target) {
        return Trajectory.of(baseline(baseline), List.of(point(2027, target)), Direction.LOWER_IS_BETTER);
    }

    private static Baseline baseline(String value) {
        return new Baseline(
                new BigDecimal(value),
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31),
                "Uttrekk",
                "Kilde",
                "",
                "Måler",
                false,
                null);
    }

    private static TargetPoint point(int year, String value) {
        return new TargetPoint(LocalDate.of(year, 12, 31), new BigDecimal(value));
    }
}
