package no.gevinst.config.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.gevinst.access.LoginThrottledException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * What a refused login hears. The form goes back to the login page, saying how long to wait when the login was
 * throttled; the API answers 401 with {@code Retry-After}. Neither stores a session: a failed login is no login.
 */
final class LoginRefusals {

    private LoginRefusals() {}

    /** The login form's failure: {@code /login?error}, or {@code /login?throttled=N} with N minutes to wait. */
    static AuthenticationFailureHandler form() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) -> {
            String query = refused instanceof LoginThrottledException throttled
                    ? "throttled=" + throttled.retryAfterMinutes()
                    : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + query);
        };
    }

    /** The API's 401, without {@code WWW-Authenticate} so that a browser shows no password dialog of its own. */
    static AuthenticationEntryPoint api() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) -> {
            unauthorised(response, refused);
        };
    }

    private static void unauthorised(HttpServletResponse response, AuthenticationException refused) throws IOException {
        if (refused instanceof LoginThrottledException throttled) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
