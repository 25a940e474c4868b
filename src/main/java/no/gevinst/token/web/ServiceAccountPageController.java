package no.gevinst.token.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.access.ServiceAccount;
import no.gevinst.access.ServiceAccounts;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Service accounts for administrators: the list, and a form for a new one with the role it starts with. */
@Controller
@RequestMapping("/admin/service-accounts")
class ServiceAccountPageController {

    private final ServiceAccounts accounts;
    private final ScopeLabels labels;
    private final Organisations organisations;
    private final Programmes programmes;
    private final AccessPolicy access;

    ServiceAccountPageController(
            ServiceAccounts accounts,
            ScopeLabels labels,
            Organisations organisations,
            Programmes programmes,
            AccessPolicy access) {
        this.accounts = accounts;
        this.labels = labels;
        this.organisations = organisations;
        this.programmes = programmes;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        return page(model, new ServiceAccountForm());
    }

    @PostMapping
    String create(
            @ModelAttribute("form") ServiceAccountForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Asked before the form is judged, so that a refusal says nothing about what else was wrong.
        access.requireAdministrator();
        return new FormPost(binding, redirect, response)
                .flashedAs("serviceAccountCreated")
                .fields(ServiceAccountPageController::formField)
                .save(
                        () -> accounts.create(form.toInput()),
                        ServiceAccount::displayName,
                        created -> UriComponentsBuilder.fromPath("/tokens")
                                .queryParam("user", created.username())
                                .encode()
                                .toUriString(),
                        null,
                        () -> page(model, form));
    }

    private String page(Model model, ServiceAccountForm form) {
        List<ServiceAccount> all = accounts.all();
        var names = labels.names(all.stream().flatMap(a -> a.roles().stream()).toList());
        model.addAttribute(
                "accounts",
                all.stream()
                        .map(a -> new AccountView(a, names.label(a.roles())))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisationList", organisations.all());
        model.addAttribute("programmeList", programmes.visible());
        return "token/service-accounts";
    }

    /** A service account with its roles named. */
    record AccountView(ServiceAccount account, List<ScopeLabels.Label> roles) {}

    /** The one role the form sends is {@code roles[0]}; its parts are the form's fields. */
    private static String formField(String field) {
        if (field.startsWith("roles")) {
            if (field.endsWith(".organisationId")) {
                return "organisationId";
            }
            return field.endsWith(".programmeId") ? "programmeId" : "role";
        }
        return field.equals("username") || field.equals("displayName") ? field : null;
    }
}
