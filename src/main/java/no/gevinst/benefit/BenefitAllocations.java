package no.gevinst.benefit;

import java.util.Collection;
import java.util.Set;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * The organisations allocated a share of the benefits of programmes: what the portfolio's per-organisation scope
 * offers beside the programmes' owners and parties, since a benefit may arise at an organisation that is neither. Says
 * nothing about whose people a user may see, which stays with the programmes' owners and parties.
 */
public interface BenefitAllocations {

    /**
     * The organisations allocated a share of a benefit whose home programme is one of these and visible to the user
     * (benefits merged into another left out, as the registers leave them out); one query.
     */
    Set<OrganisationId> allocatedIn(Collection<ProgrammeId> programmes);
}
