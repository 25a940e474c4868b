package no.gevinst.access;

import java.util.Collection;
import java.util.Set;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * Which organisations and programmes exist, for the roles granted in them. The modules that own them depend on this
 * one, so it asks through this interface, which another module implements.
 */
public interface GrantTargets {

    Set<OrganisationId> existingOrganisations(Collection<OrganisationId> ids);

    Set<ProgrammeId> existingProgrammes(Collection<ProgrammeId> ids);
}
