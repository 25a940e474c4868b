package no.gevinst.access.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a started sign-in (state, nonce, PKCE verifier) in a cookie until the provider sends the person back, not in
 * a session: Gevinst stores a session only once someone has signed in, so that anonymous visitors, and every refused
 * sign-in, leave nothing in the database. Over HTTPS the cookie is a {@code __Host-} cookie, which no other host can
 * set; it is HTTP-only, lax (the provider's redirect back is a top-level GET) and lives ten minutes.
 */
final class CookieAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    private static final String NAME = "GEVINST-OIDC";
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        String state = request.getParameter(OAuth2ParameterNames.STATE);
        String value = cookie(request);
        if (state == null || value == null) {
            return null;
        }
        try {
            Stored stored = JSON.readValue(Base64.getUrlDecoder().decode(value), Stored.class);
            return state.equals(stored.state()) ? stored.toRequest() : null;
        } catch (IllegalArgumentException | JacksonException unreadable) {
            return null;
        }
    }

    @Override
    public void saveAuthorizationRequest(
            OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request, HttpServletResponse response) {
        if (authorizationRequest == null) {
            write(request, response, "", Duration.ZERO);
            return;
        }
        byte[] json = JSON.writeValueAsBytes(Stored.of(authorizationRequest));
        write(request, response, Base64.getUrlEncoder().withoutPadding().encodeToString(json), LIFETIME);
    }

    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(
            HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizationRequest stored = loadAuthorizationRequest(request);
        if (stored != null) {
            write(request, response, "", Duration.ZERO);
        }
        return stored;
    }

    private static String name(HttpServletRequest request) {
        return request.isSecure() ? "__Host-" + NAME : NAME;
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        String name = name(request);
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String value, Duration age) {
        ResponseCookie cookie = ResponseCookie.from(name(request), value)
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(age)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    /** What a started sign-in must remember; the values are all text. */
    record Stored(
            String authorizationUri,
            String clientId,
            String redirectUri,
            Set<String> scopes,
            String state,
            Map<String, String> additionalParameters,
            Map<String, String> attributes) {

        static Stored of(OAuth2AuthorizationRequest request) {
            return new Stored(
                    request.getAuthorizationUri(),
                    request.getClientId(),
                    request.getRedirectUri(),
                    request.getScopes(),
                    request.getState(),
                    texts(request.getAdditionalParameters()),
                    texts(request.getAttributes()));
        }

        OAuth2AuthorizationRequest toRequest() {
            return OAuth2AuthorizationRequest.authorizationCode()
                    .authorizationUri(authorizationUri)
                    .clientId(clientId)
                    .redirectUri(redirectUri)
                    .scopes(scopes)
                    .state(state)
                    .additionalParameters(Map.copyOf(additionalParameters))
                    .attributes(Map.copyOf(attributes))
                    .build();
        }

        private static Map<String, String> texts(Map<String, Object> values) {
            Map<String, String> texts = new LinkedHashMap<>();
            values.forEach((k, v) -> texts.put(k, String.valueOf(v)));
            return texts;
        }
    }
}
