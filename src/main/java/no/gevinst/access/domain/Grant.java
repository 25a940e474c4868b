package no.gevinst.access.domain;

import java.time.Instant;
import java.util.UUID;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * A role granted to a user, as the administration pages and the access review show it: where it is held (no
 * organisation = everywhere), who granted it (user name, shown by full name) and when.
 */
public record Grant(
        UUID id, Role role, OrganisationId organisation, ProgrammeId programme, String grantedBy, Instant grantedAt) {

    public RoleAssignment assignment() {
        return new RoleAssignment(role, organisation, programme);
    }

    public boolean isEverywhere() {
        return organisation == null && programme == null;
    }
}
