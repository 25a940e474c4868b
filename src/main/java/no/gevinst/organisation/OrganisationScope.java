package no.gevinst.organisation;

import java.util.Set;
import no.gevinst.shared.OrganisationId;

/**
 * The organisations the current user's programmes involve. The programme module answers, since it knows which
 * programmes a user sees; organisations and people outside them stay hidden from the user.
 */
public interface OrganisationScope {

    /** The owners and parties of every programme the current user may see. */
    Set<OrganisationId> involvedInVisibleProgrammes();
}
