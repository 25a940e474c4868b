package no.gevinst.access.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.access.domain.IdentityRefusedException;
import no.gevinst.access.domain.IdentitySignIn;
import no.gevinst.access.domain.OidcSettings;
import no.gevinst.access.domain.OidcSettings.ProviderSettings;
import no.gevinst.access.domain.OidcSignedInUser;
import no.gevinst.access.domain.ProviderIdentity;
import no.gevinst.access.domain.SignedIn;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the person a provider signed in (their checked ID token, and user info where the provider has it) into the
 * Gevinst user they are. Refusals become authentication failures, so that no session is made for them.
 */
final class OidcUserMapping implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a deactivated user's refusal, which the login page explains. */
    static final String DEACTIVATED = "gevinst_user_deactivated";

    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("([0-9]{9})$");
    private static final int LONGEST_NAME = 200;

    private final OidcUserService claims = new OidcUserService();
    private final IdentitySignIn signIn;
    private final OidcSettings settings;

    OidcUserMapping(IdentitySignIn signIn, OidcSettings settings) {
        this.signIn = signIn;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = claims.loadUser(request);
        ProviderIdentity identity = identityOf(request.getClientRegistration(), person);
        try {
            SignedIn signedIn = asSystem(() -> signIn.signIn(identity));
            return new OidcSignedInUser(signedIn.user(), person);
        } catch (IdentityRefusedException refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(DEACTIVATED), refused.getMessage(), refused);
        }
    }

    private ProviderIdentity identityOf(ClientRegistration registration, OidcUser person) {
        ProviderSettings provider = settings.provider(registration.getRegistrationId());
        Map<String, Object> all = person.getClaims();
        boolean emailVerified =
                Boolean.TRUE.equals(person.getEmailVerified()) || (provider.trustEmail() && person.getEmail() != null);
        return new ProviderIdentity(
                registration.getRegistrationId(),
                String.valueOf(person.getIssuer()),
                person.getSubject(),
                person.getEmail(),
                emailVerified,
                displayName(person),
                organisationNumber(provider.organisationNumberClaim(), all).orElse(null),
                all);
    }

    /** The full name, never a user name: {@code name}, else given and family names, else what little there is. */
    private static String displayName(OidcUser person) {
        String name = firstText(
                person.getFullName(),
                joined(person.getGivenName(), person.getFamilyName()),
                person.getPreferredUsername(),
                person.getEmail(),
                person.getSubject());
        return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME);
    }

    /** The first of the claims holding an organisation number; a prefix such as {@code 0192:} is left out. */
    static Optional<String> organisationNumber(List<String> claimNames, Map<String, Object> claims) {
        for (String name : claimNames) {
            Object value = claims.get(name);
            if (value instanceof Collection<?> values) {
                value = values.isEmpty() ? null : values.iterator().next();
            }
            if (value != null) {
                Matcher digits =
                        ORGANISATION_NUMBER.matcher(String.valueOf(value).strip());
                if (digits.find()) {
                    return Optional.of(digits.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Sign-in writes as the system: nobody is signed in yet, and a session someone else left in the browser must not
     * become the actor of another person's first sign-in.
     */
    private static <T> T asSystem(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static String joined(String given, String family) {
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "?";
    }
}
