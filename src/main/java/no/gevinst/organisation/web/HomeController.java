package no.gevinst.organisation.web;

import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.organisation.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Gevinst is for, and the organisations the user works in. */
@Controller
class HomeController {

    private final Organisations organisations;
    private final AccessPolicy access;

    HomeController(Organisations organisations, AccessPolicy access) {
        this.organisations = organisations;
        this.access = access;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = access.currentUser().orElseThrow();
        model.addAttribute("roles", user.roles());
        model.addAttribute("myOrganisations", organisations.findAll(user.organisations()));
        model.addAttribute("organisationCount", organisations.all().size());
        return "home/index";
    }
}
