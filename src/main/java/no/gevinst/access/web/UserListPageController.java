package no.gevinst.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Supplier;
import no.gevinst.access.Role;
import no.gevinst.access.domain.AdministrationScope;
import no.gevinst.access.domain.PasswordPolicy;
import no.gevinst.access.domain.UserAccount;
import no.gevinst.access.domain.UserAdministration;
import no.gevinst.access.domain.UserFilter;
import no.gevinst.access.domain.UserState;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NorwegianTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The users an administrator or coordinator looks after: search them, create a local user, invite by e-mail. */
@Controller
@RequestMapping("/admin/users")
class UserListPageController {

    private final UserAdministration administration;
    private final AdministrationScope scope;
    private final UserViews views;

    UserListPageController(UserAdministration administration, AdministrationScope scope, UserViews views) {
        this.administration = administration;
        this.scope = scope;
        this.views = views;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String state,
            Model model) {
        UserFilter filter = UserFilter.parse(q, role, organisation, state);
        model.addAttribute("users", views.of(administration.list(filter)));
        model.addAttribute("filter", filter);
        model.addAttribute("roles", Role.values());
        model.addAttribute("states", UserState.values());
        model.addAttribute("organisationList", sortedOrganisations(scope.reader()));
        model.addAttribute("zone", NorwegianTime.zone());
        return "access/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        scope.reader();
        return form(model, new UserForm(), false);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") UserForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes r,
            HttpServletResponse response) {
        return saved(
                new FormPost(binding, r, response), () -> administration.create(form.toNewUser()), model, form, false);
    }

    @GetMapping("/invite")
    String inviteForm(Model model) {
        scope.reader();
        return form(model, new UserForm(), true);
    }

    @PostMapping("/invite")
    String invite(
            @ModelAttribute("form") UserForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes r,
            HttpServletResponse response) {
        return saved(
                new FormPost(binding, r, response),
                () -> administration.invite(form.toInvitation()),
                model,
                form,
                true);
    }

    /** Created or invited, the user's page, told the name; refused, the same form again with what was typed. */
    private static String saved(
            FormPost post, Supplier<UserAccount> write, Model model, UserForm form, boolean invitation) {
        return post.save(
                write,
                UserAccount::displayName,
                saved -> "/admin/users/" + saved.id(),
                null,
                () -> form(model, form, invitation));
    }

    private static String form(Model model, UserForm form, boolean invitation) {
        form.setPassword(null); // a typed password is never sent back to the browser
        model.addAttribute("form", form);
        model.addAttribute("invitation", invitation);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "access/user-new";
    }

    static java.util.List<Map.Entry<no.gevinst.shared.OrganisationId, String>> sortedOrganisations(
            AdministrationScope.Reader reader) {
        return reader.grantableOrganisations().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(String::toLowerCase)))
                .toList();
    }
}
