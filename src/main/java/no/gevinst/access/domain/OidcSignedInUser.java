package no.gevinst.access.domain;

import no.gevinst.access.CurrentUser;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person just signed in through a provider, carrying the Gevinst user they are. It lives only for the sign-in:
 * once it succeeds, the session's authentication is replaced by one whose principal is the {@link CurrentUser}, as
 * after every other way in, so that the rest of Gevinst knows one principal.
 */
public class OidcSignedInUser extends DefaultOidcUser {

    private final transient CurrentUser user;

    public OidcSignedInUser(CurrentUser user, OidcUser identity) {
        super(user.getAuthorities(), identity.getIdToken(), identity.getUserInfo());
        this.user = user;
    }

    public CurrentUser currentUser() {
        return user;
    }

    /** The Gevinst user name, the audit trail's actor, never the provider's subject. */
    @Override
    public String getName() {
        return user.username();
    }
}
