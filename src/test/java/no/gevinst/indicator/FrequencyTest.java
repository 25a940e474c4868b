package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    @Test
    void theNextPeriodEndsOneFrequencyLaterAtTheEndOfItsMonth() {
        assertThat(Frequency.QUARTER.nextPeriodEnd(LocalDate.parse("2026-09-30")))
                .isEqualTo("2026-12-31");
        assertThat(Frequency.MONTH.nextPeriodEnd(LocalDate.parse("2026-01-31"))).isEqualTo("2026-02-28");
        assertThat(Frequency.MONTH.nextPeriodEnd(LocalDate.parse("2026-02-28"))).isEqualTo("2026-03-31");
        assertThat(Frequency.YEAR.nextPeriodEnd(LocalDate.parse("2024-12-31"))).isEqualTo("2025-12-31");
    }

    @Test
    void aPeriodEndingMidMonthIsFollowedByOneEndingOnTheSameDay() {
        assertThat(Frequency.MONTH.nextPeriodEnd(LocalDate.parse("2026-03-15"))).isEqualTo("2026-04-15");
    }
}
