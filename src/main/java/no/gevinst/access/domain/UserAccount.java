package no.gevinst.access.domain;

import java.time.Instant;
import java.util.List;
import no.gevinst.shared.UserId;

/**
 * A user account as administrators see it: never its password hash, only whether it has a local password, and
 * whether it is an invitation that no identity has taken up yet.
 */
public record UserAccount(
        UserId id,
        String username,
        String displayName,
        String email,
        boolean enabled,
        boolean mustChangePassword,
        boolean localPassword,
        boolean invited,
        String kind,
        Instant lastSignInAt,
        long version,
        List<Grant> grants) {

    public UserAccount {
        grants = List.copyOf(grants);
    }

    public UserState state() {
        if (!enabled) {
            return UserState.DEACTIVATED;
        }
        return grants.isEmpty() ? UserState.PENDING : UserState.ACTIVE;
    }

    public java.util.Optional<Grant> grant(java.util.UUID grantId) {
        return grants.stream().filter(g -> g.id().equals(grantId)).findFirst();
    }

    /** This account with the grants, as the repository completes a row with them. */
    public UserAccount withGrants(List<Grant> granted) {
        return new UserAccount(
                id,
                username,
                displayName,
                email,
                enabled,
                mustChangePassword,
                localPassword,
                invited,
                kind,
                lastSignInAt,
                version,
                granted);
    }
}
