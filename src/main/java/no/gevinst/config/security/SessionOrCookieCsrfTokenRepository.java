package no.gevinst.config.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the session once there is one (after login), and in a cookie before: the login form needs a
 * token too, and keeping it in the session would store a session for every anonymous visitor. The cookie is the
 * double-submit pattern, enough for the one thing an anonymous form can be forged into, logging in; logged-in users
 * keep the stronger session-bound token.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokenRepository() {
        cookie.setCookieName("GEVINST-CSRF");
        cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return delegate(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        delegate(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return delegate(request).loadToken(request);
    }

    private CsrfTokenRepository delegate(HttpServletRequest request) {
        return request.getSession(false) != null ? session : cookie;
    }
}
