package no.gevinst.access.web;

import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** A day: the longest wait the login page will repeat from its address line. */
    private static final int LONGEST_WAIT_MINUTES = 24 * 60;

    /**
     * The login page. Its CSRF token is read here, before the page is written, so that the cookie holding it is set
     * while the response's headers can still change.
     */
    @GetMapping("/login")
    String login(@RequestParam(name = "throttled", required = false) String throttled, CsrfToken csrf, Model model) {
        csrf.getToken();
        minutes(throttled).ifPresent(m -> model.addAttribute("throttledMinutes", m));
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
