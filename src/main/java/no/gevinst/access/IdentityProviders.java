package no.gevinst.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Sign-in through the OpenID Connect providers configured under {@code spring.security.oauth2.client.*}, next to (or
 * instead of) local user names and passwords. The security configuration asks it how the pages' chain signs people in.
 */
public interface IdentityProviders {

    /** True when at least one OpenID Connect provider is configured. */
    boolean configured();

    /** True when local user names and passwords sign in on the pages ({@code gevinst.security.local-login}). */
    boolean localLogin();

    /**
     * Checks what a provider sends back (the code, the tokens, the ID token's signature and claims) and maps the
     * person to their Gevinst user; the pages' authentication manager must hold it beside the passwords.
     */
    AuthenticationProvider authenticationProvider();

    /** Adds sign-in through the configured providers to the pages' chain; call it only when {@link #configured()}. */
    void configure(HttpSecurity http) throws Exception;
}
