package no.gevinst.access.web;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.file.Files;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.gevinst.access.domain.OidcSettings;
import no.gevinst.access.domain.OidcSettings.ProviderSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The private keys Gevinst signs its client assertions with ({@code private_key_jwt}, as HelseID requires), one per
 * provider, read from {@code gevinst.oidc.<id>.client-jwk} or the file named by {@code client-jwk-file}. A provider
 * that wants {@code private_key_jwt} without a usable private key stops Gevinst at start, not at someone's sign-in.
 */
final class ClientKeys {

    private final OidcSettings settings;
    private final Map<String, JWK> keys = new ConcurrentHashMap<>();

    ClientKeys(OidcSettings settings, Iterable<ClientRegistration> registrations) {
        this.settings = settings;
        for (ClientRegistration registration : registrations) {
            if (ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(registration.getClientAuthenticationMethod())) {
                keys.put(registration.getRegistrationId(), read(registration.getRegistrationId()));
            }
        }
    }

    /** The key of the registration, or null when it authenticates otherwise. */
    JWK keyOf(ClientRegistration registration) {
        return keys.get(registration.getRegistrationId());
    }

    private JWK read(String registrationId) {
        ProviderSettings provider = settings.provider(registrationId);
        String where = "gevinst.oidc." + registrationId + ".client-jwk";
        String json;
        try {
            if (provider.clientJwk() != null && !provider.clientJwk().isBlank()) {
                json = provider.clientJwk();
            } else if (provider.clientJwkFile() != null
                    && !provider.clientJwkFile().toString().isBlank()) {
                where = provider.clientJwkFile().toString();
                json = Files.readString(provider.clientJwkFile());
            } else {
                throw new IllegalStateException("Provider '" + registrationId + "' uses private_key_jwt but neither "
                        + where + " nor " + where + "-file is set");
            }
            JWK key = JWK.parse(json);
            if (!key.isPrivate()) {
                throw new IllegalStateException(where + " holds a public key; private_key_jwt needs the private key");
            }
            return key;
        } catch (IOException | ParseException unreadable) {
            throw new IllegalStateException(
                    "Cannot read the client key of provider '" + registrationId + "' from " + where + ": "
                            + unreadable.getMessage(),
                    unreadable);
        }
    }
}
