package no.gevinst.access.domain;

import java.time.Duration;
import java.util.Optional;
import no.gevinst.access.LoginThrottledException;
import no.gevinst.access.domain.LoginThrottle.LoginAttempt;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password for the login form and for HTTP Basic alike, but only when neither the account nor
 * the client address has to wait after earlier failures; a refused login never reaches the password, so a right
 * password during a lock is refused like a wrong one.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(
            DatabaseUserDetailsService users,
            PasswordEncoder passwordEncoder,
            PasswordUpgrade upgrade,
            LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.passwords.setUserDetailsPasswordService(upgrade);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        LoginAttempt attempt = throttle.begin(login.getName(), clientAddress(login));
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(login);
        } catch (InternalAuthenticationServiceException broken) {
            throw broken; // the database failed, not the user: nothing to count
        } catch (AuthenticationException refused) {
            Optional<Duration> wait = throttle.failed(attempt);
            if (wait.isPresent()) {
                throw new LoginThrottledException(wait.get());
            }
            throw refused;
        }
        throttle.succeeded(attempt);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** {@code request.getRemoteAddr()}, which is the client's once Tomcat has read the proxy's forwarded headers. */
    private static String clientAddress(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
