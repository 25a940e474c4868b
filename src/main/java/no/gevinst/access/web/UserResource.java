package no.gevinst.access.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.gevinst.access.Role;
import no.gevinst.access.domain.UserState;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.UserId;

/**
 * A user account as the API and the pages show it: roles with the names of where they are held and of who granted
 * them, and what the reader may do with it.
 */
record UserResource(
        UserId id,
        String username,
        String displayName,
        String email,
        UserState state,
        boolean enabled,
        boolean mustChangePassword,
        boolean localPassword,
        boolean invited,
        String kind,
        Instant lastSignInAt,
        long version,
        boolean manageable,
        List<GrantResource> roles) {

    record GrantResource(
            UUID id,
            Role role,
            OrganisationId organisationId,
            String organisationName,
            ProgrammeId programmeId,
            String programmeName,
            String grantedBy,
            String grantedByName,
            Instant grantedAt,
            boolean withdrawable) {}
}
