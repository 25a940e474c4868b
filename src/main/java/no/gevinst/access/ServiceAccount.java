package no.gevinst.access;

import java.util.List;
import no.gevinst.shared.UserId;

/** A machine's user: it has no password and signs in only with API tokens. */
public record ServiceAccount(
        UserId id, String username, String displayName, boolean enabled, List<RoleAssignment> roles) {

    public ServiceAccount {
        roles = List.copyOf(roles);
    }
}
