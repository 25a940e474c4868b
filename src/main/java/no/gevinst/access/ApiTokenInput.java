package no.gevinst.access;

import java.util.List;

/**
 * A token as a user or client asks for it, checked as a whole.
 *
 * @param name what the token is for, to recognise it by
 * @param expiresInDays 1–365; 90 when left out
 * @param scopes the roles it carries, each one the token's user holds; left out, every role the user holds
 * @param user the user name of the service account the token is for (administrators only); the caller when blank
 */
public record ApiTokenInput(String name, Integer expiresInDays, List<Scope> scopes, String user) {

    /** One role in an organisation, optionally for one programme, as sent. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ScopeInput")
    public record Scope(String role, String organisationId, String programmeId) {}
}
