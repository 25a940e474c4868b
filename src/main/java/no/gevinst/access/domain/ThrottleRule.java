package no.gevinst.access.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How many failed logins a subject (an account or a client address) may collect before it must wait, and how long.
 * Up to {@code delayFrom - 1} failures cost nothing; from {@code delayFrom} on, each failure makes the subject wait
 * twice as long as the one before, and from {@code lockFrom} on it is locked. One failure is forgiven for every
 * {@code forgiveEvery} without a new one, so that the occasional typo never adds up to a lock.
 */
record ThrottleRule(int delayFrom, int lockFrom, Duration firstDelay, Duration lock, Duration forgiveEvery) {

    /** Five failures, then 2, 4, 8, 16 and 32 s; the tenth locks the account for 15 minutes. */
    static final ThrottleRule ACCOUNT =
            new ThrottleRule(5, 10, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));

    /**
     * An address may be a whole hospital behind one NAT, where many people mistype: it gets more failures than an
     * account and forgets one a minute, but one machine trying password after password across accounts is slowed
     * down from its twentieth failure and locked at its thirtieth.
     */
    static final ThrottleRule ADDRESS =
            new ThrottleRule(20, 30, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(1));

    ThrottleRule {
        if (delayFrom < 1 || lockFrom < delayFrom || forgiveEvery.isZero() || forgiveEvery.isNegative()) {
            throw new IllegalArgumentException("not a throttle rule");
        }
    }

    /**
     * The failures still held against a subject now. Beyond the lock they are not counted, so that a burst of
     * failures is forgiven as fast as a single lock's worth.
     */
    int level(int failures, Instant lastFailure, Instant now) {
        long forgiven = Math.max(0, Duration.between(lastFailure, now).dividedBy(forgiveEvery));
        return (int) Math.max(0, Math.min(failures, lockFrom) - forgiven);
    }

    /** How long the subject must wait after its {@code level}-th failure. */
    Duration waitAfter(int level) {
        if (level >= lockFrom) {
            return lock;
        }
        if (level < delayFrom) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(level - delayFrom, 30));
        return delay.compareTo(lock) < 0 ? delay : lock;
    }

    boolean locks(int level) {
        return level >= lockFrom;
    }
}
