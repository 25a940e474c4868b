package no.gevinst.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** "Today" and shown times are Norway's, whatever zone the server runs in. */
class NorwegianTimeTest {

    private static final Instant HALF_PAST_MIDNIGHT_IN_OSLO = Instant.parse("2026-12-05T23:30:00Z");

    @Test
    void atHalfPastMidnightInOsloItIsAlreadyTomorrowThoughUtcSaysToday() {
        Clock oslo = Clock.fixed(HALF_PAST_MIDNIGHT_IN_OSLO, ZoneId.of("Europe/Oslo"));

        assertThat(NorwegianTime.today(oslo)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(LocalDate.ofInstant(HALF_PAST_MIDNIGHT_IN_OSLO, ZoneId.of("UTC")))
                .isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void aStoredMomentIsShownAndDatedInTheConfiguredZone() {
        Clock before = NorwegianTime.clock();
        try {
            NorwegianTime.use(Clock.fixed(HALF_PAST_MIDNIGHT_IN_OSLO, ZoneId.of("Europe/Oslo")));

            assertThat(NorwegianTime.today()).isEqualTo(LocalDate.of(2026, 12, 6));
            assertThat(NorwegianTime.at(HALF_PAST_MIDNIGHT_IN_OSLO).toLocalTime())
                    .hasToString("00:30");
            assertThat(NorwegianTime.date(HALF_PAST_MIDNIGHT_IN_OSLO))
                    .as("the plan's 'Laget' date and the history's time agree")
                    .isEqualTo(NorwegianTime.at(HALF_PAST_MIDNIGHT_IN_OSLO).toLocalDate());
            assertThat(NorwegianTime.at(null)).isNull();
        } finally {
            NorwegianTime.use(before);
        }
    }
}
