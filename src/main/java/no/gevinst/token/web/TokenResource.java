package no.gevinst.token.web;

import java.time.Instant;
import java.util.List;
import no.gevinst.access.ApiToken;
import no.gevinst.access.ApiTokenId;
import no.gevinst.access.Role;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * A token as the API shows it: never its secret (only the answer to its creation carries that) nor its hash.
 *
 * @param user the user name the token acts as
 * @param status ACTIVE, EXPIRED or REVOKED
 */
record TokenResource(
        ApiTokenId id,
        String user,
        String name,
        String prefix,
        List<Scope> scopes,
        String status,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy,
        long version) {

    /** One role the token carries, with the names of where it holds it. */
    record Scope(
            Role role,
            OrganisationId organisationId,
            String organisationName,
            ProgrammeId programmeId,
            String programmeName) {}

    static TokenResource of(ApiToken token, ScopeLabels.Names names) {
        return new TokenResource(
                token.id(),
                token.username(),
                token.name(),
                token.prefix(),
                names.label(token.scopes()).stream()
                        .map(l -> new Scope(
                                l.role(), l.organisationId(), l.organisation(), l.programmeId(), l.programme()))
                        .toList(),
                TokenView.status(token, Instant.now()),
                token.createdBy(),
                token.createdAt(),
                token.expiresAt(),
                token.lastUsedAt(),
                token.revokedAt(),
                token.revokedBy(),
                token.version());
    }

    /** The answer to a token's creation: the one time its secret is given out. */
    record Created(
            String secret,
            @com.fasterxml.jackson.annotation.JsonUnwrapped TokenResource token) {}
}
