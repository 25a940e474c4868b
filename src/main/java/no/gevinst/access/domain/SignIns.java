package no.gevinst.access.domain;

import java.util.Optional;
import no.gevinst.access.CurrentUser;
import no.gevinst.shared.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records when a person last signed in interactively (the login form or an identity provider), for the access
 * review. HTTP Basic and API tokens are no sign-in: a machine's calls would hide whether the person still comes.
 */
@Component
class SignIns {

    private final IdentityRepository identities;

    SignIns(IdentityRepository identities) {
        this.identities = identities;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        userOf(event.getAuthentication()).ifPresent(identities::signedIn);
    }

    private static Optional<UserId> userOf(Authentication authentication) {
        Object principal = authentication.getPrincipal();
        if (principal instanceof CurrentUser user) {
            return Optional.of(user.id());
        }
        if (principal instanceof OidcSignedInUser signedIn) {
            return Optional.of(signedIn.currentUser().id());
        }
        return Optional.empty();
    }
}
