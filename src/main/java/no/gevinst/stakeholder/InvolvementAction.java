package no.gevinst.stakeholder;

import java.time.LocalDate;
import java.util.UUID;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versioned;

/**
 * An action of the involvement and communication plan: what is done with a stakeholder, when, through which channel,
 * who is responsible and how it stands. Marked as a measure (tiltak) it also has an owner and a deadline.
 */
public record InvolvementAction(
        UUID id,
        StakeholderId stakeholder,
        ProgrammeId programme,
        String description,
        LocalDate plannedOn,
        Channel channel,
        PersonId responsible,
        ActionStatus status,
        boolean measure,
        PersonId measureOwner,
        LocalDate measureDeadline,
        boolean demo,
        long version)
        implements Versioned {}
