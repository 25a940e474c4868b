package no.gevinst.access;

import java.time.Instant;
import java.util.List;
import no.gevinst.shared.UserId;

/**
 * A machine's credential as it may be shown: its name, the first characters of its secret and the roles it carries,
 * never the secret or its hash.
 *
 * @param user the user the token acts as
 * @param username that user's name, the actor of what the token writes
 * @param prefix the first characters of the secret, to recognise the token by
 * @param scopes the roles the token carries; when used, only those its user still holds count
 */
public record ApiToken(
        ApiTokenId id,
        UserId user,
        String username,
        String name,
        String prefix,
        List<RoleAssignment> scopes,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy,
        long version) {

    public ApiToken {
        scopes = List.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** True when the token still authenticates at the moment given (its user's state aside). */
    public boolean activeAt(Instant now) {
        return !revoked() && expiresAt.isAfter(now);
    }

    /** This token with the scopes, as the repository completes a row with them. */
    public ApiToken withScopes(List<RoleAssignment> granted) {
        return new ApiToken(
                id,
                user,
                username,
                name,
                prefix,
                granted,
                createdBy,
                createdAt,
                expiresAt,
                lastUsedAt,
                revokedAt,
                revokedBy,
                version);
    }
}
