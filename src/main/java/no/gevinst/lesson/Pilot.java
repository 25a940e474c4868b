package no.gevinst.lesson;

import java.time.LocalDate;
import java.util.UUID;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versioned;

/**
 * A pilot (seed 000 §2.3.5, "prøve ut i mindre skala"): what a programme tries in one organisation or unit for a
 * period, what came of it, and the decision to roll it out or not, when and by whom.
 *
 * @param endsOn null while it runs without a planned end
 * @param decidedOn null while the decision is {@link RollOut#PENDING}, as is {@code decidedBy}
 */
public record Pilot(
        UUID id,
        ProgrammeId programme,
        String what,
        OrganisationId unit,
        LocalDate startsOn,
        LocalDate endsOn,
        String outcome,
        RollOut decision,
        LocalDate decidedOn,
        PersonId decidedBy,
        boolean demo,
        long version)
        implements Versioned {}
