package no.gevinst.portfolio.domain;

import java.util.HashSet;
import java.util.Set;
import no.gevinst.benefit.BenefitAllocations;
import no.gevinst.organisation.OrganisationScope;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The organisations the portfolio can be scoped to: the owners and parties of the programmes the user sees, and the
 * organisations allocated a share of one of their benefits, though no party (a municipality where a hospital's
 * benefit arises). A source of its own: {@link OrganisationScope}, which decides whose people a user sees, stays the
 * owners and parties; the names are still read through the organisation module, which lists what the user may see.
 */
@Component
class ScopeChoices {

    private final OrganisationScope involved;
    private final BenefitAllocations allocations;
    private final Programmes programmes;

    ScopeChoices(OrganisationScope involved, BenefitAllocations allocations, Programmes programmes) {
        this.involved = involved;
        this.allocations = allocations;
        this.programmes = programmes;
    }

    Set<OrganisationId> organisations() {
        Set<OrganisationId> ids = new HashSet<>(involved.involvedInVisibleProgrammes());
        ids.addAll(allocations.allocatedIn(programmes.visibleIds()));
        return ids;
    }
}
