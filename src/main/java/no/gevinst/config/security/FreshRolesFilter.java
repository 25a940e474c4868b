package no.gevinst.config.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import no.gevinst.access.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the roles of a user signed in through a session afresh on every request. The session keeps the user as
 * they were at sign-in; without this a role withdrawn by an administrator would go on working for the rest of the
 * session (hours), and a pending user granted access would have to sign in again to see it. A user deactivated
 * meanwhile, or removed, loses the session at once. Requests authenticated by themselves (HTTP Basic, a token) have
 * just been read from the database and are left alone.
 */
class FreshRolesFilter extends OncePerRequestFilter {

    private final UserDetailsService users;

    FreshRolesFilter(UserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.getPrincipal() instanceof CurrentUser signedIn) {
            refresh(signedIn, authentication, session);
        }
        chain.doFilter(request, response);
    }

    private void refresh(CurrentUser signedIn, Authentication authentication, HttpSession session) {
        CurrentUser now;
        try {
            now = (CurrentUser) users.loadUserByUsername(signedIn.username());
        } catch (UsernameNotFoundException gone) {
            now = null;
        }
        if (now == null || !now.isEnabled() || !now.id().equals(signedIn.id())) {
            SecurityContextHolder.clearContext();
            session.invalidate();
            return;
        }
        if (!now.roles().equals(signedIn.roles()) || !now.displayName().equals(signedIn.displayName())) {
            var fresh = UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
            fresh.setDetails(authentication.getDetails());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(fresh);
            SecurityContextHolder.setContext(context);
        }
    }
}
