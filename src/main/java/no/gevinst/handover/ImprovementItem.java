package no.gevinst.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;

/**
 * A measure in an organisation's improvement backlog: taken over from an accepted handover, owned by the line.
 *
 * @param organisations where the benefit the measure serves arises or is invested in
 * @param crossOrganisation needs several organisations: the regional coordinator names who coordinates it
 * @param coordinator the person the regional coordinator named, null until then
 */
public record ImprovementItem(
        UUID id,
        OrganisationId organisation,
        UUID handover,
        BenefitId benefit,
        UUID measure,
        String action,
        PersonId responsible,
        LocalDate deadline,
        String measureStatus,
        List<OrganisationId> organisations,
        boolean crossOrganisation,
        PersonId coordinator,
        long version) {

    public ImprovementItem {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }
}
