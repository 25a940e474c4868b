package no.gevinst.access.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.access.LoginThrottledException;
import no.gevinst.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and per client address in PostgreSQL, so that every node sees the same counts,
 * and refuses a login while either has to wait. Times are the database's, never a node's clock.
 *
 * <p>A login that would earn a wait if it failed reserves that wait before its password is checked: a second login
 * for the same account arriving meanwhile is refused, so a burst of parallel guesses gains nothing once the account
 * has failed a few times. A subject with no failures costs one read per login and writes nothing.
 */
@Service
class LoginThrottle {

    private static final int LONGEST_NAME = 150;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final UserAccountRepository users;

    LoginThrottle(JdbcClient jdbc, AuditLog auditLog, UserAccountRepository users) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.users = users;
    }

    /**
     * Starts a login.
     *
     * @throws LoginThrottledException when the account or the address must still wait; nothing is counted then
     */
    @Transactional
    LoginAttempt begin(String username, String address) {
        List<Subject> subjects = subjects(username, address);
        List<Held> held = lock(subjects);
        Duration wait = held.stream()
                .map(Held::remaining)
                .max(Comparator.naturalOrder())
                .orElse(Duration.ZERO);
        if (wait.isPositive()) {
            throw new LoginThrottledException(wait);
        }
        Map<String, Instant> reserved = new HashMap<>();
        for (Held h : held) {
            Duration ifFailed = h.subject().rule().waitAfter(h.level() + 1);
            if (ifFailed.isPositive()) {
                Instant until = h.now().plus(ifFailed);
                block(h.subject(), until);
                reserved.put(h.subject().key(), until);
            }
        }
        return new LoginAttempt(username, address, subjects, reserved);
    }

    /** The password was right: the account's failures are forgotten; the address keeps its own. */
    @Transactional
    void succeeded(LoginAttempt attempt) {
        for (Subject subject : attempt.subjects()) {
            Instant reserved = attempt.reserved().get(subject.key());
            if (subject.isAccount()) {
                jdbc.sql("DELETE FROM login_throttle WHERE subject = :s")
                        .param("s", subject.key())
                        .update();
            } else if (reserved != null) {
                jdbc.sql("UPDATE login_throttle SET blocked_until = NULL WHERE subject = :s AND blocked_until = :until")
                        .param("s", subject.key())
                        .param("until", at(reserved))
                        .update();
            }
        }
    }

    /**
     * Counts a failed login against its account and address, and records in the audit log each lock it starts.
     *
     * @return how long the next login must wait, when it must
     */
    @Transactional
    Optional<Duration> failed(LoginAttempt attempt) {
        for (Subject subject : attempt.subjects()) {
            jdbc.sql("""
                            INSERT INTO login_throttle (subject, failures, last_failure) VALUES (:s, 0, now())
                            ON CONFLICT (subject) DO NOTHING
                            """).param("s", subject.key()).update();
        }
        Duration longest = Duration.ZERO;
        for (Held h : lock(attempt.subjects())) {
            ThrottleRule rule = h.subject().rule();
            int level = h.level() + 1;
            Instant until = later(h.blockedUntil(), h.now().plus(rule.waitAfter(level)));
            jdbc.sql("""
                            UPDATE login_throttle SET failures = :failures, last_failure = :now, blocked_until = :until
                            WHERE subject = :s
                            """)
                    .param("failures", level)
                    .param("now", at(h.now()))
                    .param("until", until == null ? null : at(until))
                    .param("s", h.subject().key())
                    .update();
            // A burst of parallel failures passes the lock's threshold once; only the one that reaches it (or a
            // login that reserved the lock before it failed) starts a lock worth recording.
            boolean startsLock = rule.locks(level)
                    && (level == rule.lockFrom()
                            || attempt.reserved().containsKey(h.subject().key()));
            if (startsLock) {
                recordLock(h.subject(), attempt, level, until);
            }
            if (until != null && until.isAfter(h.now())) {
                Duration wait = Duration.between(h.now(), until);
                longest = wait.compareTo(longest) > 0 ? wait : longest;
            }
        }
        forgetIdleSubjects();
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    private void recordLock(Subject subject, LoginAttempt attempt, int failures, Instant until) {
        Map<String, Object> lock = new LinkedHashMap<>();
        lock.put("username", Subject.bounded(attempt.username()));
        lock.put("address", String.valueOf(attempt.address()));
        lock.put("failures", failures);
        lock.put("lockedUntil", until.toString());
        if (subject.isAccount()) {
            Object user = subject.plainName()
                    ? users.findByUsername(attempt.username())
                            .<Object>map(u -> u.id())
                            .orElse(subject.name())
                    : subject.name();
            auditLog.record("user", user, "login-locked", null, lock);
        } else {
            auditLog.record("client-address", subject.name(), "login-locked", null, lock);
        }
    }

    private List<Held> lock(List<Subject> subjects) {
        Map<String, Subject> byKey = new HashMap<>();
        subjects.forEach(s -> byKey.put(s.key(), s));
        // In key order, so that two logins locking the same two rows never wait for each other crosswise.
        return jdbc.sql("""
                        SELECT subject, failures, last_failure, blocked_until, now() AS now FROM login_throttle
                        WHERE subject IN (:subjects) ORDER BY subject FOR UPDATE
                        """)
                .param("subjects", List.copyOf(byKey.keySet()))
                .query((rs, n) -> {
                    OffsetDateTime blocked = rs.getObject("blocked_until", OffsetDateTime.class);
                    return new Held(
                            byKey.get(rs.getString("subject")),
                            rs.getInt("failures"),
                            rs.getObject("last_failure", OffsetDateTime.class).toInstant(),
                            blocked == null ? null : blocked.toInstant(),
                            rs.getObject("now", OffsetDateTime.class).toInstant());
                })
                .list();
    }

    private void block(Subject subject, Instant until) {
        jdbc.sql("UPDATE login_throttle SET blocked_until = :until WHERE subject = :s")
                .param("until", at(until))
                .param("s", subject.key())
                .update();
    }

    /** A subject idle for a day has been forgiven every failure by both rules. */
    private void forgetIdleSubjects() {
        jdbc.sql("""
                        DELETE FROM login_throttle WHERE last_failure < now() - interval '1 day'
                        AND (blocked_until IS NULL OR blocked_until < now())
                        """).update();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b.isAfter(a) ? b : a;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static List<Subject> subjects(String username, String address) {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(Subject.account(username));
        if (address != null && !address.isBlank() && !isLoopback(address)) {
            subjects.add(new Subject("address:" + Subject.bounded(address), ThrottleRule.ADDRESS));
        }
        return List.copyOf(subjects);
    }

    /**
     * The loopback address is a local proxy's or the developer's own, never a distant client's. Counting it would let
     * one attacker lock every user out of a Gevinst behind a local proxy that does not pass the client's address on.
     */
    static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }

    /** One login being tried: what it counts against, and the waits it reserved in case it fails. */
    record LoginAttempt(String username, String address, List<Subject> subjects, Map<String, Instant> reserved) {}

    /** An account or a client address, as its row in {@code login_throttle} names it. */
    record Subject(String key, ThrottleRule rule) {

        static Subject account(String username) {
            return new Subject("account:" + bounded(username), ThrottleRule.ACCOUNT);
        }

        boolean isAccount() {
            return key.startsWith("account:");
        }

        String name() {
            return key.substring(key.indexOf(':') + 1);
        }

        /** False when the name is a digest of an overlong or unprintable user name. */
        boolean plainName() {
            return !name().startsWith("#");
        }

        /** The name itself, or a digest of it when it is too long or holds control characters (a NUL, say). */
        static String bounded(String name) {
            String text = name == null ? "" : name;
            if (text.length() <= LONGEST_NAME && text.chars().noneMatch(Character::isISOControl)) {
                return text;
            }
            return "#" + no.gevinst.shared.Sha256.hex(text);
        }
    }

    /** A subject's row, locked for this transaction, read at the database's {@code now}. */
    private record Held(Subject subject, int failures, Instant lastFailure, Instant blockedUntil, Instant now) {

        int level() {
            return subject.rule().level(failures, lastFailure, now);
        }

        Duration remaining() {
            return blockedUntil == null || !blockedUntil.isAfter(now)
                    ? Duration.ZERO
                    : Duration.between(now, blockedUntil);
        }
    }
}
