package no.gevinst.access.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who an identity provider says a person is, after their ID token has been checked.
 *
 * @param provider the client registration's id, e.g. {@code helseid}
 * @param issuer the provider's issuer; with the subject the person's stable key, never the name
 * @param subject the provider's stable id of the person ({@code sub})
 * @param email the e-mail address the provider gave, or null
 * @param emailVerified true when the provider vouches for the e-mail address
 * @param displayName the person's full name as the provider gave it
 * @param organisationNumber the nine-digit number of the person's organisation, when the provider gives one
 * @param claims every claim, for the configured role rules
 */
public record ProviderIdentity(
        String provider,
        String issuer,
        String subject,
        String email,
        boolean emailVerified,
        String displayName,
        String organisationNumber,
        Map<String, Object> claims) {

    public ProviderIdentity {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(displayName, "displayName");
        claims = Map.copyOf(claims);
    }

    /** The e-mail address, only when the provider vouches for it: an invitation is bound by nothing weaker. */
    public Optional<String> verifiedEmail() {
        return emailVerified && email != null && !email.isBlank() ? Optional.of(email.strip()) : Optional.empty();
    }
}
