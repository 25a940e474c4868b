package no.gevinst.access.domain;

import java.util.Optional;
import no.gevinst.access.ApiTokenAuthentication;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.UserLanguages;
import no.gevinst.shared.Language;
import no.gevinst.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The chosen language in {@code app_user.language} (nb, nn or en; null until chosen). A choice is a preference, not
 * a record of the programmes: it is not audited and moves no dashboard (the column is outside the app_user trigger's
 * column list, V26 and V32).
 */
@Component
class StoredUserLanguages implements UserLanguages {

    private final JdbcClient jdbc;

    StoredUserLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Language> chosenBy(Authentication signedIn) {
        return userOf(signedIn)
                .flatMap(user -> jdbc.sql("SELECT language FROM app_user WHERE id = :id")
                        .param("id", user.value())
                        .query(String.class)
                        .optional())
                .flatMap(Language::parse);
    }

    @Override
    public void choose(Authentication signedIn, Language language) {
        userOf(signedIn)
                .ifPresent(user -> jdbc.sql(
                                "UPDATE app_user SET language = :language WHERE id = :id AND language IS DISTINCT FROM :language")
                        .param("language", language.tag())
                        .param("id", user.value())
                        .update());
    }

    /** A person signed in by password or provider; an API token is a program's call, whose choice is its own. */
    private static Optional<UserId> userOf(Authentication signedIn) {
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof ApiTokenAuthentication) {
            return Optional.empty();
        }
        Object principal = signedIn.getPrincipal();
        if (principal instanceof CurrentUser user) {
            return Optional.of(user.id());
        }
        if (principal instanceof OidcSignedInUser provided) {
            return Optional.of(provided.currentUser().id());
        }
        return Optional.empty();
    }
}
