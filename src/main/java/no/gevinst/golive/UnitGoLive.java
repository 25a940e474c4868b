package no.gevinst.golive;

import java.time.LocalDate;
import no.gevinst.shared.OrganisationId;

/**
 * One organisation or unit of a programme as its go-live stands on a day: live, planned in a wave, or in no wave.
 *
 * @param organisationNumber the unit's organisation number (nine digits)
 * @param wave the wave it goes live in, or null when it is in none (an owner or party that takes part otherwise)
 * @param date the wave's actual day once recorded, else its planned one; null without a wave
 * @param confirmed the day is the recorded actual one
 * @param live the wave went live, by its recorded actual day, on or before the day asked about
 */
public record UnitGoLive(
        OrganisationId unit,
        String name,
        String organisationNumber,
        WaveId wave,
        String waveName,
        LocalDate date,
        boolean confirmed,
        boolean live) {

    /** True when the unit is planned (or went live) in one of the programme's waves. */
    public boolean inWave() {
        return wave != null;
    }
}
