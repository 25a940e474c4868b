package no.gevinst.config.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.access.IdentityProviders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Login is required for everything except the login page, health and static files. Pages use form login
 * and the configured OpenID Connect providers, with CSRF protection; the API answers 401 instead of redirecting, and takes HTTP Basic from machines. Both check
 * passwords through the access module's throttled provider, and neither stores a session before a login succeeds.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {"/login", "/error", "/actuator/health", "/actuator/health/**"};
    /** Browsers ask for the icon and the web app manifest at the root, also on the login page. */
    private static final String[] STATIC_FILES = {
        "/css/**", "/js/**", "/vendor/**", "/webjars/**", "/images/**", "/favicon.ico", "/manifest.webmanifest"
    };

    /**
     * Static files are the same for everyone and need neither a session nor a CSRF token: reading none keeps them
     * quick, and keeps the error pages styled while the database (which holds the sessions) is away.
     */
    @Bean
    @Order(0)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        return http.securityMatcher(STATIC_FILES)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.all())
                .build();
    }

    /**
     * Machines authenticate with an API token ({@code Authorization: Bearer}); HTTP Basic with a person's password is
     * taken as well unless {@code gevinst.security.basic-auth} turns it off ({@link BasicAuthSwitch}).
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationProvider passwords,
            no.gevinst.access.BearerTokens tokens,
            org.springframework.core.env.Environment environment,
            UserDetailsService users)
            throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(passwords))
                .addFilterAfter(new FreshRolesFilter(users), SecurityContextHolderFilter.class)
                .addFilterBefore(
                        new BearerTokenFilter(tokens),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
        if (BasicAuthSwitch.enabled(environment)) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(LoginRefusals.api()));
        }
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(LoginRefusals.api())
                        .accessDeniedHandler(SecurityConfiguration::unauthorisedOrForbidden))
                // A browser that is logged in may read the API (Swagger UI does); it never gets a new session here,
                // and a machine is never sent back to a page it asked for, so nothing is remembered for it.
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityHeaders.all())
                // Machines authenticate every call themselves and carry no cookies to forge; browser sessions
                // still need the CSRF token for writes.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
                        .csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
                .build();
    }

    /**
     * The pages sign people in with the login form (unless {@code gevinst.security.local-login} is false) and through
     * every configured OpenID Connect provider; both start from {@code /login}.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http, AuthenticationProvider passwords, IdentityProviders providers, UserDetailsService users)
            throws Exception {
        http.authenticationManager(pagesSignIn(passwords, providers))
                .addFilterAfter(new FreshRolesFilter(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // The page asked for before login is remembered in a cookie, not in a session.
                .requestCache(cache -> cache.requestCache(pageToReturnTo()))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
                .headers(SecurityHeaders.all());
        if (providers.localLogin()) {
            http.formLogin(login -> login.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(LoginRefusals.form())
                    .permitAll());
        }
        if (providers.configured()) {
            providers.configure(http);
        }
        return http.build();
    }

    /**
     * The pages check local passwords only while local login is on, and what identity providers send back only when
     * one is configured: a switched-off way in is refused even if someone posts to it.
     */
    private static AuthenticationManager pagesSignIn(AuthenticationProvider passwords, IdentityProviders providers) {
        List<AuthenticationProvider> ways = new ArrayList<>();
        if (providers.localLogin()) {
            ways.add(passwords);
        }
        if (providers.configured()) {
            ways.add(providers.authenticationProvider());
        }
        if (ways.isEmpty()) {
            return attempt -> {
                throw new ProviderNotFoundException("No way to sign in is configured");
            };
        }
        return new ProviderManager(ways);
    }

    /** Only a page a browser navigated to is worth returning to after login: no htmx fragment, no form post. */
    private static RequestCache pageToReturnTo() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(
                request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null);
        return cache;
    }

    /**
     * A write without login is refused by the CSRF check before authentication is asked for; the caller
     * still deserves to hear that it must log in (401) rather than that it may not (403).
     */
    private static void unauthorisedOrForbidden(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
        response.sendError(anonymous ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
    }
}
