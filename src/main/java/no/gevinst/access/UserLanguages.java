package no.gevinst.access;

import java.util.Optional;
import no.gevinst.shared.Language;
import org.springframework.security.core.Authentication;

/**
 * The language each person chose for Gevinst, kept with their account so that it follows them to their next sign-in
 * and to their other devices. People who never chose one have none, and read the default (bokmål).
 */
public interface UserLanguages {

    /** The language the signed-in person chose last, if they are a user of Gevinst and have chosen one. */
    Optional<Language> chosenBy(Authentication signedIn);

    /** Remembers the person's choice; nothing for someone who is no user of Gevinst (not signed in). */
    void choose(Authentication signedIn, Language language);
}
