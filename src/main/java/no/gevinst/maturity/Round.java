package no.gevinst.maturity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versioned;

/**
 * A maturity assessment round: a template sent to organisations and units of a programme, open for answers from one
 * day to another.
 *
 * @param demo true for a round of the demo dataset, whose answers are generated
 * @param units the organisations named and every unit under them
 * @param version increases with each write; a write naming an older version is refused
 */
public record Round(
        RoundId id,
        ProgrammeId programme,
        String template,
        String name,
        LocalDate opensOn,
        LocalDate closesOn,
        RoundStatus status,
        boolean demo,
        List<RoundUnit> units,
        long version)
        implements Versioned {

    public Round {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(status, "status");
        units = List.copyOf(units);
    }

    /** True when the round takes answers on the day: sent, not closed, and the day within its dates. */
    public boolean takesAnswersOn(LocalDate day) {
        return status == RoundStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** The template the round asks from. */
    public MaturityTemplate asks() {
        return MaturityTemplate.find(template).orElse(MaturityTemplate.DEFAULT);
    }
}
