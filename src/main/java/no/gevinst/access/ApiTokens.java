package no.gevinst.access;

import java.util.List;
import java.util.Optional;

/** Machine API tokens: created by a user for themselves or by an administrator for a service account. */
public interface ApiTokens {

    /** The default lifetime of a token, and the longest. */
    int DEFAULT_DAYS = 90;

    int MAX_DAYS = 365;

    /**
     * The tokens of the user named (the caller's own when blank); only administrators may name another user.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else's
     * @throws no.gevinst.shared.NotFoundException for an unknown user (administrators)
     */
    List<ApiToken> of(String username);

    /** One token, if it is the caller's own or the caller is an administrator; empty otherwise. */
    Optional<ApiToken> find(ApiTokenId id);

    /**
     * The roles a new token of the user named (the caller when blank) may carry: the roles the user holds now.
     * Administrators may ask for a service account's.
     */
    List<RoleAssignment> grantable(String username);

    /** Creates a token; the secret in the answer is shown once and stored only as its hash. */
    CreatedApiToken create(ApiTokenInput input);

    /** Revokes a token of the caller's (or any, for administrators), carrying the version read. */
    ApiToken revoke(ApiTokenId id, long expectedVersion);
}
