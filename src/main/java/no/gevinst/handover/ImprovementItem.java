package no.gevinst.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;

/**
 * A measure in an organisation's improvement backlog: taken over from an accepted handover, or added by the line
 * itself, owned by the line.
 *
 * @param handover the accepted handover it was taken over with; null for a measure of the line's own
 * @param benefit the benefit the measure serves; null for a measure of the line's own
 * @param measure the plan's measure it was; null for a measure of the line's own
 * @param measureStatus PLANNED, IN_PROGRESS, DONE or CANCELLED, as a plan's measures
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
