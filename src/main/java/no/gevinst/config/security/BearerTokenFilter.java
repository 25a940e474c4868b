package no.gevinst.config.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.gevinst.access.ApiTokenAuthentication;
import no.gevinst.access.BearerTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. A token that does not authenticate
 * (unknown, expired, revoked, or its user deactivated) is refused at once with 401, as RFC 6750 asks, rather than
 * let through as anonymous. Made only inside the API's security chain, never registered as a servlet filter of its
 * own, so that it reads headers of API calls alone.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";
    private static final String REFUSAL = """
            {"type":"about:blank","title":"Unauthorized","status":401,\
            "detail":"The API token is unknown, expired or revoked, or its user is deactivated."}""";

    private final BearerTokens tokens;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> authenticated =
                tokens.authenticate(header.substring(SCHEME.length()).strip());
        if (authenticated.isEmpty()) {
            contexts.clearContext();
            refuse(response);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authenticated.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(REFUSAL);
    }
}
