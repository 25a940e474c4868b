package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The date arithmetic of a baseline placed before a go-live ({@link Baseline#placedBefore(LocalDate)}): checked over
 * every go-live day of eleven years against baselines of every length from one day to more than two years, and
 * over go-lives that move back and forth.
 */
class BaselinePlacementTest {

    private static final LocalDate FIRST = LocalDate.parse("2019-01-01");
    private static final LocalDate LAST = LocalDate.parse("2029-12-31");

    @Test
    void theWorkedExamples() {
        Baseline quarter = baseline("2022-01-01", "2022-03-31");
        assertThat(quarter.lengthInMonths()).isEqualTo(3);
        Baseline placed = quarter.placedBefore(LocalDate.parse("2022-11-12"));
        assertThat(placed.periodStart()).isEqualTo("2022-08-12");
        assertThat(placed.periodEnd()).isEqualTo("2022-11-11");
        // A month's end is kept within the shorter month: three months before 31 May is 28 February.
        assertThat(quarter.placedBefore(LocalDate.parse("2023-05-31")).periodStart())
                .isEqualTo("2023-02-28");
        // Shorter than a month counts as one.
        assertThat(baseline("2022-10-01", "2022-10-10").placedBefore(LocalDate.parse("2023-03-01")))
                .extracting(Baseline::periodStart, Baseline::periodEnd)
                .containsExactly(LocalDate.parse("2023-02-01"), LocalDate.parse("2023-02-28"));
    }

    @Test
    void thePlacedPeriodEndsTheDayBeforeGoLiveAndKeepsItsLengthInMonths() {
        Random random = new Random(18);
        for (LocalDate goLive = FIRST; !goLive.isAfter(LAST); goLive = goLive.plusDays(1)) {
            for (int i = 0; i < 12; i++) {
                Baseline recorded = randomBaseline(random);
                Baseline placed = recorded.placedBefore(goLive);
                assertThat(placed.periodEnd()).isEqualTo(goLive.minusDays(1));
                assertThat(placed.periodStart())
                        .isBefore(goLive)
                        .isEqualTo(goLive.minusMonths(recorded.lengthInMonths()));
                assertThat(placed.lengthInMonths()).isEqualTo(recorded.lengthInMonths());
                assertThat(placed.value()).isEqualTo(recorded.value());
                assertThat(placed.atGoLive()).isEqualTo(recorded.atGoLive());
            }
        }
    }

    @Test
    void aGoLiveThatMovesMovesTheBaselineAsIfItHadBeenPlacedThereFirst() {
        Random random = new Random(2022);
        for (int i = 0; i < 100_000; i++) {
            Baseline recorded = randomBaseline(random);
            LocalDate planned = randomDay(random);
            LocalDate actual = randomDay(random);
            Baseline placed = recorded.placedBefore(planned);
            // Placing again at the same day changes nothing; at the moved day it is what placing there first gives.
            assertThat(placed.placedBefore(planned)).isEqualTo(placed);
            assertThat(placed.placedBefore(actual)).isEqualTo(recorded.placedBefore(actual));
            // The whole period moves by whole months' reckoning; its end by exactly the days the go-live moved.
            assertThat(placed.placedBefore(actual).periodEnd().toEpochDay()
                            - placed.periodEnd().toEpochDay())
                    .isEqualTo(actual.toEpochDay() - planned.toEpochDay());
        }
    }

    @Test
    void theTrajectoryExpectsTheBaselineUntilGoLiveAndChangeFromIt() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            LocalDate goLive = randomDay(random);
            Baseline placed = randomBaseline(random).placedBefore(goLive);
            // Targets keep their dates: one after the go-live, whatever it is.
            LocalDate target = goLive.plusDays(30 + random.nextInt(1500));
            Trajectory trajectory = Trajectory.of(
                    placed,
                    List.of(new TargetPoint(target, placed.value().add(BigDecimal.TEN))),
                    Direction.HIGHER_IS_BETTER);
            assertThat(trajectory.expectedAt(goLive.minusDays(1))).isEqualByComparingTo(placed.value());
            assertThat(trajectory.expectedAt(goLive.minusDays(1 + random.nextInt(400))))
                    .isEqualByComparingTo(placed.value());
            assertThat(trajectory.expectedAt(goLive)).isGreaterThan(placed.value());
            assertThat(trajectory.expectedAt(target))
                    .isEqualByComparingTo(placed.value().add(BigDecimal.TEN));
        }
    }

    private static Baseline randomBaseline(Random random) {
        LocalDate start = randomDay(random);
        return new Baseline(
                BigDecimal.valueOf(random.nextInt(1000), 1),
                start,
                start.plusDays(random.nextInt(800)),
                "Telling",
                "Demo",
                "",
                "Kari",
                random.nextBoolean(),
                null);
    }

    private static LocalDate randomDay(Random random) {
        return FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay())));
    }

    private static Baseline baseline(String start, String end) {
        return new Baseline(
                BigDecimal.ONE, LocalDate.parse(start), LocalDate.parse(end), "", "", "", "", true, "Ved go-live");
    }
}
