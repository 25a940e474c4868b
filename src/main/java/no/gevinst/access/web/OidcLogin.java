package no.gevinst.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.IdentityProviders;
import no.gevinst.access.domain.IdentitySignIn;
import no.gevinst.access.domain.OidcSettings;
import no.gevinst.access.domain.OidcSignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.stereotype.Component;

/**
 * Sign-in through every OpenID Connect provider configured as a Spring client registration: the authorization code
 * flow with PKCE for every client (confidential ones too, as HelseID and ID-porten require), {@code private_key_jwt}
 * where the registration asks for it, and the ID token checked by Spring (signature against the provider's keys,
 * issuer, audience, expiry, nonce). Without registrations Gevinst signs in with local passwords only, as before.
 */
@Component
class OidcLogin implements IdentityProviders {

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    /** Where a person starts a sign-in through the provider with this registration id. */
    static final String AUTHORIZATION_PATH =
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;

    /** Where a person without roles is told that they must wait for access. */
    static final String PENDING_PAGE = "/access-pending";

    private final ClientRegistrationRepository registrations;
    private final OidcSettings settings;
    private final boolean localLogin;
    private final ClientKeys keys;
    private final OidcUserMapping people;
    private final RestClientAuthorizationCodeTokenResponseClient tokens;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    OidcLogin(
            ObjectProvider<ClientRegistrationRepository> registrations,
            OidcSettings settings,
            IdentitySignIn signIn,
            @Value("${gevinst.security.local-login:true}") boolean localLogin) {
        this.registrations = registrations.getIfAvailable();
        this.settings = settings;
        this.localLogin = localLogin;
        this.keys = new ClientKeys(settings, all(this.registrations));
        this.people = new OidcUserMapping(signIn, settings);
        this.tokens = tokenClient();
        if (!localLogin && !configured()) {
            log.warn("gevinst.security.local-login is false and no OpenID Connect provider is configured: "
                    + "nobody can sign in on the pages");
        }
    }

    @Override
    public boolean configured() {
        return registrations != null && !all(registrations).isEmpty();
    }

    @Override
    public boolean localLogin() {
        return localLogin;
    }

    /** The providers the login page offers, by name. */
    List<SignInOption> options() {
        if (registrations == null) {
            return List.of();
        }
        return all(registrations).stream()
                .map(r -> new SignInOption(
                        r.getRegistrationId(), r.getClientName(), AUTHORIZATION_PATH + "/" + r.getRegistrationId()))
                .sorted(Comparator.comparing(SignInOption::name))
                .toList();
    }

    @Override
    public AuthenticationProvider authenticationProvider() {
        return new OidcAuthorizationCodeAuthenticationProvider(tokens, people);
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver requests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_PATH);
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NoAuthorizedClients())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests)
                        .authorizationRequestRepository(new CookieAuthorizationRequests()))
                .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokens))
                .userInfoEndpoint(info -> info.oidcUserService(people))
                .successHandler(this::signedIn)
                .failureHandler(OidcLogin::refused));
    }

    private RestClientAuthorizationCodeTokenResponseClient tokenClient() {
        NimbusJwtClientAuthenticationParametersConverter<OAuth2AuthorizationCodeGrantRequest> assertions =
                new NimbusJwtClientAuthenticationParametersConverter<>(keys::keyOf);
        assertions.setJwtClientAssertionCustomizer(context -> {
            String audience = settings.provider(context.getAuthorizationGrantRequest()
                            .getClientRegistration()
                            .getRegistrationId())
                    .clientAssertionAudience();
            if (audience != null && !audience.isBlank()) {
                context.getClaims().audience(List.of(audience));
            }
        });
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.addParametersConverter(assertions);
        return client;
    }

    /**
     * Replaces the provider's authentication with one whose principal is the Gevinst user, as after the login form,
     * so that the access policy, the audit log's actor and the session know one kind of principal. A person without
     * roles goes to the page that says access must be granted; the rest to the page they asked for.
     */
    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        CurrentUser user = ((OidcSignedInUser) authentication.getPrincipal()).currentUser();
        UsernamePasswordAuthenticationToken replaced =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        replaced.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(replaced);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (user.roles().isEmpty()) {
            new CookieRequestCache().removeRequest(request, response);
            response.sendRedirect(request.getContextPath() + PENDING_PAGE);
            return;
        }
        SavedRequestAwareAuthenticationSuccessHandler returnTo = new SavedRequestAwareAuthenticationSuccessHandler();
        returnTo.setRequestCache(new CookieRequestCache());
        returnTo.onAuthenticationSuccess(request, response, replaced);
    }

    /** A refused sign-in stores no session and goes back to the login page, saying why where it can. */
    private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException why)
            throws IOException {
        String code = why instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : "unknown";
        log.info("Sign-in through an identity provider refused: {} ({})", code, why.getMessage());
        String reason = OidcUserMapping.DEACTIVATED.equals(code) ? "deactivated" : "failed";
        response.sendRedirect(request.getContextPath() + "/login?oidc=" + reason);
    }

    private static List<ClientRegistration> all(ClientRegistrationRepository repository) {
        List<ClientRegistration> list = new ArrayList<>();
        if (repository instanceof Iterable<?> iterable) {
            iterable.forEach(r -> list.add((ClientRegistration) r));
        }
        return list;
    }

    /** A provider on the login page: its button's text and where it starts. */
    record SignInOption(String registrationId, String name, String path) {}
}
