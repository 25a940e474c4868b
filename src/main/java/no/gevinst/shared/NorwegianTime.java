package no.gevinst.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The one clock and time zone of Gevinst (setting {@code gevinst.time-zone}, Europe/Oslo by default). Moments are
 * stored as instants; this decides which day "today" is and how a moment is shown, so that a plan made at 00:30 and
 * its history say the same date, and a measurement dated today in Norway is not refused by a server running in UTC.
 *
 * <p>Static, because records, templates and static formatters in every module need the zone and cannot have it
 * injected; it is set once at start from the {@link Clock} bean (config's TimeConfiguration).
 */
public final class NorwegianTime {

    /** The zone when none is configured, and the name of the setting. */
    public static final String DEFAULT_ZONE = "Europe/Oslo";

    private static volatile Clock clock = Clock.system(ZoneId.of(DEFAULT_ZONE));

    private NorwegianTime() {}

    /** Makes {@code clock} (and its zone) the one every module reads. */
    public static void use(Clock clock) {
        NorwegianTime.clock = Objects.requireNonNull(clock, "clock");
    }

    public static Clock clock() {
        return clock;
    }

    public static ZoneId zone() {
        return clock.getZone();
    }

    /** Today's date where Gevinst's users are. */
    public static LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Today's date by the given clock, in the clock's zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    /** A stored moment as wall time where the users are; null stays null. */
    public static ZonedDateTime at(Instant moment) {
        return moment == null ? null : moment.atZone(zone());
    }

    /** The date a stored moment fell on where the users are; null stays null. */
    public static LocalDate date(Instant moment) {
        return moment == null ? null : LocalDate.ofInstant(moment, zone());
    }
}
