package no.gevinst.golive;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * A go-live wave (innføringsbølge): the organisations and units of a programme that take the solution into use
 * together, on a planned date and, once it has happened, an actual one.
 *
 * @param actualDate the day the units went live, or null while it has not happened (or is not recorded)
 * @param units the organisations and units going live in the wave, by name
 * @param version increases with each write; a write naming an older version is refused
 */
public record Wave(
        WaveId id,
        ProgrammeId programme,
        String name,
        LocalDate plannedDate,
        LocalDate actualDate,
        List<OrganisationId> units,
        long version) {

    public Wave {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plannedDate, "plannedDate");
        units = List.copyOf(units);
    }

    /** The day the wave goes live: the actual day once recorded, else the planned one. */
    public LocalDate goLiveDate() {
        return actualDate != null ? actualDate : plannedDate;
    }

    /**
     * True when the units are live on the day: only a recorded actual date on or before it makes them so. A planned
     * date that has passed without one is not taken as done.
     */
    public boolean liveOn(LocalDate day) {
        return actualDate != null && !actualDate.isAfter(day);
    }

    /** True when the planned day has passed and no actual day is recorded: late, or not recorded yet. */
    public boolean overdueOn(LocalDate day) {
        return actualDate == null && plannedDate.isBefore(day);
    }
}
