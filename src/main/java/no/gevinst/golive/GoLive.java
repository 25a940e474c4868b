package no.gevinst.golive;

import java.time.LocalDate;
import no.gevinst.shared.OrganisationId;

/**
 * When one unit goes (or went) live in a programme: through which wave, planned and actual.
 *
 * @param wentLiveThrough the unit whose wave it is: the unit itself, or the organisation above it that went live
 */
public record GoLive(
        OrganisationId unit,
        OrganisationId wentLiveThrough,
        WaveId wave,
        String waveName,
        LocalDate plannedDate,
        LocalDate actualDate) {

    /** The actual day once recorded, else the planned one. */
    public LocalDate date() {
        return actualDate != null ? actualDate : plannedDate;
    }

    /** True when the day is the recorded actual one, not a plan. */
    public boolean confirmed() {
        return actualDate != null;
    }

    public static GoLive of(OrganisationId unit, OrganisationId through, Wave wave) {
        return new GoLive(unit, through, wave.id(), wave.name(), wave.plannedDate(), wave.actualDate());
    }
}
