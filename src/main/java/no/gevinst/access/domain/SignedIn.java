package no.gevinst.access.domain;

import no.gevinst.access.CurrentUser;

/**
 * The Gevinst user an identity signed in as.
 *
 * @param user the user with the roles held now
 * @param firstTime true when this sign-in created the user or bound the identity to an invited user
 */
public record SignedIn(CurrentUser user, boolean firstTime) {

    /** A user holding no role yet, who must wait for a coordinator or administrator. */
    public boolean pending() {
        return user.roles().isEmpty();
    }
}
