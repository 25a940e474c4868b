package no.gevinst.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.domain.OwnPassword;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * After a password reset its user may do one thing: choose a new password. Every page sends them to it, and the
 * API refuses their password-authenticated calls. A session that has been found free of the duty is marked, so
 * that its later requests do not ask the database again (a reset ends the user's sessions anyway).
 */
@Component
class PasswordChangeInterceptor implements HandlerInterceptor {

    static final String PAGE = "/account/password";
    private static final String CHECKED = PasswordChangeInterceptor.class.getName() + ".checked";

    private final OwnPassword passwords;

    PasswordChangeInterceptor(OwnPassword passwords) {
        this.passwords = passwords;
    }

    static void markChecked(HttpSession session) {
        session.setAttribute(CHECKED, Boolean.TRUE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // Only a password opens a session or a Basic call that a reset concerns; identity providers and tokens
        // are not affected by a local password.
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CHECKED) != null) {
            return true;
        }
        if (!passwords.mustChange(user.username())) {
            if (session != null) {
                markChecked(session);
            }
            return true;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                            + "\"detail\":\"The password was reset: choose a new one at " + PAGE + " first.\"}");
            return false;
        }
        String target = request.getContextPath() + PAGE;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            return false;
        }
        response.sendRedirect(target);
        return false;
    }
}
