package no.gevinst.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void anAccountWaitsNothingForFourFailuresThenTwiceAsLongEachTimeAndIsLockedAtTheTenth() {
        ThrottleRule rule = ThrottleRule.ACCOUNT;
        assertThat(rule.waitAfter(4)).isZero();
        assertThat(rule.waitAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(rule.waitAfter(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(rule.waitAfter(9)).isEqualTo(Duration.ofSeconds(32));
        assertThat(rule.locks(9)).isFalse();
        assertThat(rule.waitAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(rule.locks(10)).isTrue();
    }

    @Test
    void aDelayNeverGrowsBeyondTheLock() {
        ThrottleRule rule =
                new ThrottleRule(1, 1000, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));
        assertThat(rule.waitAfter(999)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void oneFailureIsForgivenForEachQuietPeriodAndABurstCountsNoMoreThanALock() {
        ThrottleRule rule = ThrottleRule.ACCOUNT;
        assertThat(rule.level(4, NOW.minus(Duration.ofMinutes(59)), NOW)).isEqualTo(4);
        assertThat(rule.level(4, NOW.minus(Duration.ofMinutes(61)), NOW)).isEqualTo(3);
        assertThat(rule.level(4, NOW.minus(Duration.ofDays(1)), NOW)).isZero();
        assertThat(rule.level(40, NOW, NOW)).isEqualTo(10);
        assertThat(rule.level(40, NOW.minus(Duration.ofHours(2)), NOW)).isEqualTo(8);
    }

    @Test
    void aFailureStampedAfterTheDatabasesNowForgivesNothing() {
        assertThat(ThrottleRule.ACCOUNT.level(3, NOW.plusSeconds(1), NOW)).isEqualTo(3);
    }

    @Test
    void anAddressBehindWhichManyWorkMayFailMoreThanAnAccount() {
        assertThat(ThrottleRule.ADDRESS.waitAfter(19)).isZero();
        assertThat(ThrottleRule.ADDRESS.waitAfter(20)).isPositive();
        assertThat(ThrottleRule.ADDRESS.locks(30)).isTrue();
    }
}
