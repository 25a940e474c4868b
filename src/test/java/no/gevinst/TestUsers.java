package no.gevinst;

import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.domain.UserAccounts;
import no.gevinst.shared.OrganisationId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Users for tests, made through the application's own account service and logged in as the app would. */
@Component
public class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "test-user-password";

    private final UserAccounts accounts;
    private final UserDetailsService userDetails;

    TestUsers(UserAccounts accounts, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    /** Creates (once) a user holding the role, in the organisation or everywhere when it is null. */
    public String withRole(String username, Role role, OrganisationId organisation) {
        if (!accounts.exists(username)) {
            runAs(ADMIN, () -> accounts.create(username, username, PASSWORD, new RoleAssignment(role, organisation)));
        }
        return username;
    }

    public org.springframework.security.core.userdetails.UserDetails userDetails(String username) {
        return userDetails.loadUserByUsername(username);
    }

    public boolean exists(String username) {
        return accounts.exists(username);
    }

    /** A logged-in browser session of the user, for MockMvc page requests. */
    public org.springframework.test.web.servlet.request.RequestPostProcessor session(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                userDetails(username));
    }

    /** Runs the work as the user and answers its result. */
    public <T> T callAs(String username, java.util.function.Supplier<T> work) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        runAs(username, () -> result.set(work.get()));
        return result.get();
    }

    /** Runs the work with the user logged in, as a request of theirs would. */
    public void runAs(String username, Runnable work) {
        var user = userDetails.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
