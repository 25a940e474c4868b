package no.gevinst.access.web;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** A day: the longest wait the login page will repeat from its address line. */
    private static final int LONGEST_WAIT_MINUTES = 24 * 60;

    /** Why a sign-in through a provider was refused, as the login page can say it. */
    private static final Set<String> PROVIDER_REFUSALS = Set.of("failed", "deactivated");

    private final OidcLogin providers;

    LoginController(OidcLogin providers) {
        this.providers = providers;
    }

    /**
     * The login page: the local form, unless switched off, and a button for each configured identity provider. Its
     * CSRF token is read here, before the page is written, so that the cookie holding it is set while the response's
     * headers can still change.
     */
    @GetMapping("/login")
    String login(
            @RequestParam(name = "throttled", required = false) String throttled,
            @RequestParam(name = "oidc", required = false) String providerRefusal,
            CsrfToken csrf,
            Model model) {
        csrf.getToken();
        minutes(throttled).ifPresent(m -> model.addAttribute("throttledMinutes", m));
        if (providerRefusal != null && PROVIDER_REFUSALS.contains(providerRefusal)) {
            model.addAttribute("providerRefusal", providerRefusal);
        }
        model.addAttribute("localLogin", providers.localLogin());
        model.addAttribute("identityProviders", providers.options());
        return "access/login";
    }

    private static Optional<Integer> minutes(String throttled) {
        if (throttled == null || !throttled.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int minutes = Integer.parseInt(throttled);
        return Optional.of(Math.clamp(minutes, 1, LONGEST_WAIT_MINUTES));
    }
}
