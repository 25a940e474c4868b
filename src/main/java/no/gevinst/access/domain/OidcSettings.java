package no.gevinst.access.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.gevinst.access.Role;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Gevinst's own settings for its OpenID Connect providers, beside Spring's standard client registrations:
 * {@code gevinst.oidc.<registration id>.*} per provider and {@code gevinst.oidc.role-rules}. They are read with a
 * binder rather than one properties class because the provider keys and the rule list share one prefix.
 */
@Component
public class OidcSettings {

    private final Binder binder;
    private final List<RoleRule> roleRules;
    private final Map<String, ProviderSettings> providers = new ConcurrentHashMap<>();

    OidcSettings(Environment environment) {
        this.binder = Binder.get(environment);
        this.roleRules = binder.bind("gevinst.oidc.role-rules", Bindable.listOf(RoleRule.class))
                .orElse(List.of());
    }

    /** The settings of one provider; all empty when none are configured. */
    public ProviderSettings provider(String registrationId) {
        return providers.computeIfAbsent(
                registrationId,
                id -> binder.bind("gevinst.oidc." + id, ProviderSettings.class)
                        .orElse(new ProviderSettings(null, null, null, null, false)));
    }

    public List<RoleRule> roleRules() {
        return roleRules;
    }

    /**
     * @param organisationNumberClaim the claims, tried in order, that hold the person's organisation number (e.g.
     *     HelseID's {@code helseid://claims/client/claims/orgnr_child}); a value may carry a prefix such as
     *     {@code 0192:}, of which the last nine digits count
     * @param clientJwk the client's private JSON Web Key itself, for {@code private_key_jwt} (from the environment)
     * @param clientJwkFile a file holding that key, when it is not given itself
     * @param clientAssertionAudience the audience of the client assertion when the provider wants another than its
     *     token endpoint (HelseID accepts its issuer)
     * @param trustEmail true when the provider's {@code email} claim is verified even without {@code email_verified}
     *     (a single-tenant Entra ID whose tenant owns the addresses)
     */
    public record ProviderSettings(
            List<String> organisationNumberClaim,
            String clientJwk,
            Path clientJwkFile,
            String clientAssertionAudience,
            boolean trustEmail) {

        public ProviderSettings {
            organisationNumberClaim =
                    organisationNumberClaim == null ? List.of() : List.copyOf(organisationNumberClaim);
        }
    }

    /**
     * Grants a starting role to a person signing in for the first time whose claim holds the value.
     *
     * @param provider the registration id the rule is for, or null for every provider
     * @param claim the claim's name, e.g. {@code groups}; a claim holding a list matches when one element does
     * @param value the value that grants the role
     * @param role the role granted; never administrator
     * @param organisationNumber the organisation the role is held in, or null for the person's own organisation as
     *     the provider gave it
     */
    public record RoleRule(String provider, String claim, String value, Role role, String organisationNumber) {

        public RoleRule {
            if (claim == null || claim.isBlank() || value == null || role == null) {
                throw new IllegalStateException("gevinst.oidc.role-rules: every rule needs claim, value and role");
            }
            if (role == Role.ADMINISTRATOR) {
                throw new IllegalStateException("gevinst.oidc.role-rules: a rule may not make administrators");
            }
            if (organisationNumber != null && !organisationNumber.matches("[0-9]{9}")) {
                throw new IllegalStateException(
                        "gevinst.oidc.role-rules: organisation-number must be nine digits: " + organisationNumber);
            }
        }

        /** True when the rule is for the provider and the claims hold its value. */
        boolean matches(ProviderIdentity identity) {
            if (provider != null && !provider.equals(identity.provider())) {
                return false;
            }
            Object claimed = identity.claims().get(claim);
            if (claimed instanceof java.util.Collection<?> values) {
                return values.stream().anyMatch(v -> value.equals(String.valueOf(v)));
            }
            return claimed != null && value.equals(String.valueOf(claimed));
        }

        /** The organisation number the role is granted in, if the rule or the identity names one. */
        java.util.Optional<String> organisationNumberFor(ProviderIdentity identity) {
            return java.util.Optional.ofNullable(
                    organisationNumber != null ? organisationNumber : identity.organisationNumber());
        }

        @Override
        public String toString() {
            return (provider == null ? "" : provider + ":") + claim + "=" + value + " → " + role;
        }
    }
}
