package no.gevinst.access;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by an API token. The principal is the token's user with only the token's roles that the
 * user still holds, so that the access module authorises and the audit log names the user as for any other login.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;
    private final ApiTokenId token;

    public ApiTokenAuthentication(CurrentUser user, ApiTokenId token) {
        super(user.getAuthorities());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    /** The secret is never kept. */
    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    public ApiTokenId token() {
        return token;
    }
}
