package no.gevinst.access;

import java.util.Optional;

/** Authenticates the secret of an {@code Authorization: Bearer} header. */
public interface BearerTokens {

    /**
     * The authentication the secret stands for; empty when the token is unknown, expired or revoked, or its user is
     * deactivated. Notes the token's use (at most once a minute).
     */
    Optional<ApiTokenAuthentication> authenticate(String secret);
}
