package no.gevinst.config.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Brings a person's chosen language back when they sign in (form or identity provider), on any device: the sign-in
 * runs inside the request, whose response then carries the language cookie to the page it redirects to.
 */
@Component
class LanguageAtSignIn {

    private final LanguageResolver languages;

    LanguageAtSignIn(LanguageResolver languages) {
        this.languages = languages;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            languages.signedIn(request.getRequest(), request.getResponse(), event.getAuthentication());
        }
    }
}
