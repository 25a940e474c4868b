package no.gevinst.access.web;

import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.domain.IdentitySignIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a signed-in person who holds no role yet (typically after a first sign-in through an identity provider)
 * learns that a coordinator or administrator must grant access, and why no role could be given automatically.
 */
@Controller
class AccessPendingController {

    private final AccessPolicy access;
    private final IdentitySignIn identities;

    AccessPendingController(AccessPolicy access, IdentitySignIn identities) {
        this.access = access;
        this.identities = identities;
    }

    @GetMapping(OidcLogin.PENDING_PAGE)
    String pending(Model model) {
        CurrentUser user = access.currentUser().orElseThrow();
        if (!user.roles().isEmpty()) {
            return "redirect:/";
        }
        model.addAttribute("pendingName", user.displayName());
        model.addAttribute("unknownOrganisationNumbers", identities.unknownOrganisationNumbers(user.id()));
        return "access/pending";
    }
}
