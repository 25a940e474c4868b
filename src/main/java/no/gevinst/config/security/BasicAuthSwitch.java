package no.gevinst.config.security;

import java.util.Locale;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.Environment;

/**
 * Whether the API takes HTTP Basic with a person's password ({@code gevinst.security.basic-auth}): {@code on},
 * {@code off}, or {@code auto}, the default, which is on unless an OpenID Connect client is registered — where people
 * sign in at an identity provider, their Gevinst password (if any) should not open the API, and machines use tokens.
 */
final class BasicAuthSwitch {

    static final String PROPERTY = "gevinst.security.basic-auth";
    private static final String REGISTRATIONS = "spring.security.oauth2.client.registration";

    private BasicAuthSwitch() {}

    static boolean enabled(Environment environment) {
        String setting = environment.getProperty(PROPERTY, "auto").strip().toLowerCase(Locale.ROOT);
        return switch (setting) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            case "auto" -> !oidcConfigured(environment);
            default -> throw new IllegalStateException(PROPERTY + " must be auto, on or off, not '" + setting + "'");
        };
    }

    /** Asked of every configuration source, so that registrations given as environment variables count as well. */
    private static boolean oidcConfigured(Environment environment) {
        ConfigurationPropertyName registrations = ConfigurationPropertyName.of(REGISTRATIONS);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source.containsDescendantOf(registrations) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
