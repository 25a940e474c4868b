package no.gevinst.access;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A login refused without looking at the password, because the account or the client address has failed too often
 * lately. It is an account status, so that no other authentication provider is asked to try the password instead.
 */
public class LoginThrottledException extends AccountStatusException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** How long until the next login may be tried. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole minutes, rounded up and at least one, as the login page says it. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
