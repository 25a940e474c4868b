package no.gevinst.maturity.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.gevinst.shared.NorwegianTime;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units that rounds taking answers today were sent to, for the menu's link to the rounds to answer: read at most
 * once a minute (and again at once after this node sends or closes a round), so that the link costs a page nothing.
 * Another node's send shows here within the minute; the page behind the link reads afresh.
 */
@Component
class OpenRoundUnits {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    OpenRoundUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Snapshot(Set<UUID> units, LocalDate day, Instant read) {}

    Set<UUID> today() {
        Snapshot known = snapshot;
        LocalDate today = NorwegianTime.today();
        Instant now = Instant.now();
        if (known == null
                || !known.day().equals(today)
                || known.read().plus(FRESH).isBefore(now)) {
            known = read(today, now, known);
            snapshot = known;
        }
        return known.units();
    }

    /** After a round is sent or closed here: the next page reads again. */
    void forget() {
        snapshot = null;
    }

    private Snapshot read(LocalDate today, Instant now, Snapshot known) {
        try {
            return new Snapshot(
                    Set.copyOf(jdbc.sql("""
                                    SELECT DISTINCT u.organisation_id FROM maturity_round_unit u
                                    JOIN maturity_round r ON r.id = u.round_id
                                    WHERE r.status = 'OPEN' AND :today BETWEEN r.opens_on AND r.closes_on
                                    """)
                            .param("today", today)
                            .query(UUID.class)
                            .list()),
                    today,
                    now);
        } catch (DataAccessException e) {
            // The menu must not fail a page: without the database the link keeps what was known, or stays away.
            return new Snapshot(known == null ? Set.of() : known.units(), today, now);
        }
    }
}
