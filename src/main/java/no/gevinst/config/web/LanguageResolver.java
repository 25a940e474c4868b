package no.gevinst.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import no.gevinst.access.UserLanguages;
import no.gevinst.shared.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language: bokmål, nynorsk or English, kept in a cookie for every page (anonymous ones too) and, for a
 * signed-in person, with their account, so that it follows them to the next sign-in and to their other devices
 * ({@link LanguageAtSignIn} brings it back). Whatever an old or forged cookie says, the pages see one of the three.
 */
class LanguageResolver extends CookieLocaleResolver {

    private final UserLanguages chosen;

    LanguageResolver(UserLanguages chosen) {
        super(WebConfiguration.LANGUAGE_COOKIE);
        this.chosen = chosen;
        setDefaultLocale(Language.BOKMAL.locale());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Language.of(super.resolveLocale(request)).locale();
    }

    /**
     * Keeps the choice in the cookie and, when a person chose it in their signed-in browser session, with their
     * account. A call without a session (an Authorization header: HTTP Basic or an API token; a test's stand-in
     * user) asks for one answer in a language and changes nobody's choice.
     */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = Language.of(locale);
        super.setLocale(request, response, language.locale());
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getSession(false) != null) {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            chosen.choose(signedIn, language);
        }
    }

    /** At sign-in: the person's own choice, if they made one, from now on in this browser. */
    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        chosen.chosenBy(signedIn).ifPresent(language -> super.setLocale(request, response, language.locale()));
    }
}
