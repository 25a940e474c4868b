package no.gevinst.access.web;

import java.util.UUID;
import java.util.function.Supplier;
import no.gevinst.access.Role;
import no.gevinst.access.domain.AdministrationScope;
import no.gevinst.access.domain.RoleGrants;
import no.gevinst.access.domain.UserAccount;
import no.gevinst.access.domain.UserAdministration;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.UserId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One user's page: details, roles granted and withdrawn, deactivation and password reset. A refused action comes
 * back to the page with its message; a stale one says that someone else changed the user meanwhile.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class UserAccountPageController {

    private final UserAdministration administration;
    private final RoleGrants grants;
    private final AdministrationScope scope;
    private final UserViews views;

    UserAccountPageController(
            UserAdministration administration, RoleGrants grants, AdministrationScope scope, UserViews views) {
        this.administration = administration;
        this.grants = grants;
        this.scope = scope;
        this.views = views;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        UserResource user = views.of(existing(id));
        return page(model, user, UserForm.details(user), UserForm.grant(user.version()));
    }

    @PostMapping
    String update(
            @PathVariable UUID id,
            @ModelAttribute("details") UserForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        UserResource user = views.of(existing(id));
        return new FormPost(binding, redirect, response)
                .flashedAs("savedMessage")
                .save(
                        () -> administration.update(new UserId(id), form.toDetails(), form.getVersion()),
                        "users.saved",
                        "/admin/users/" + id,
                        null,
                        () -> page(model, user, form, UserForm.grant(user.version())));
    }

    @PostMapping("/roles")
    String grant(
            @PathVariable UUID id,
            @ModelAttribute("grantForm") UserForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        UserResource user = views.of(existing(id));
        return new FormPost(binding, redirect, response)
                .flashedAs("savedMessage")
                .save(
                        () -> grants.grant(new UserId(id), form.toGrant(), form.getVersion()),
                        "users.granted",
                        "/admin/users/" + id,
                        null,
                        () -> page(model, user, UserForm.details(user), form));
    }

    @PostMapping("/roles/{grant}/withdraw")
    String withdraw(
            @PathVariable UUID id,
            @PathVariable UUID grant,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        return action(
                id,
                model,
                redirect,
                response,
                "users.withdrawn",
                () -> grants.withdraw(new UserId(id), grant, version));
    }

    @PostMapping("/deactivate")
    String deactivate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        return action(
                id,
                model,
                redirect,
                response,
                "users.deactivated",
                () -> administration.deactivate(new UserId(id), version));
    }

    @PostMapping("/reactivate")
    String reactivate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        return action(
                id,
                model,
                redirect,
                response,
                "users.reactivated",
                () -> administration.reactivate(new UserId(id), version));
    }

    /** The temporary password is shown on this answer only: never redirected through the session, never stored. */
    @PostMapping("/password-reset")
    String resetPassword(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        UserResource user = views.of(existing(id));
        try {
            var reset = administration.resetPassword(new UserId(id), version);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("user", views.of(reset.account()));
            model.addAttribute("temporaryPassword", reset.temporaryPassword());
            return "access/password-reset";
        } catch (InvalidInputException | VersionConflictException e) {
            return refused(model, user, e, response);
        }
    }

    private String action(
            UUID id,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response,
            String done,
            Supplier<UserAccount> change) {
        UserResource user = views.of(existing(id));
        try {
            change.get();
            return saved(id, redirect, done);
        } catch (InvalidInputException | VersionConflictException e) {
            return refused(model, user, e, response);
        }
    }

    private String refused(
            Model model, UserResource user, RuntimeException e, jakarta.servlet.http.HttpServletResponse response) {
        String key = e instanceof InvalidInputException invalid
                ? invalid.violations().getFirst().messageKey()
                : "version.conflict";
        model.addAttribute("actionError", key);
        if (response != null) {
            response.setStatus(
                    e instanceof VersionConflictException
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.BAD_REQUEST.value());
        }
        return page(model, user, UserForm.details(user), UserForm.grant(user.version()));
    }

    private static String saved(UUID id, RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("savedMessage", message);
        return "redirect:/admin/users/" + id;
    }

    private String page(Model model, UserResource user, UserForm details, UserForm grantForm) {
        AdministrationScope.Reader reader = scope.reader();
        model.addAttribute("user", user);
        if (!model.containsAttribute("details")) {
            model.addAttribute("details", details);
        }
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", grantForm);
        }
        model.addAttribute(
                "grantableRoles",
                java.util.Arrays.stream(Role.values())
                        .filter(r -> reader.administrator() || r != Role.ADMINISTRATOR)
                        .toList());
        model.addAttribute("organisationList", UserListPageController.sortedOrganisations(reader));
        model.addAttribute("programmeList", reader.grantableProgrammes());
        model.addAttribute("mayGrantEverywhere", reader.administrator());
        model.addAttribute("zone", NorwegianTime.zone());
        return "access/user";
    }

    private UserAccount existing(UUID id) {
        return administration.find(new UserId(id)).orElseThrow(() -> new NotFoundException("user", id));
    }
}
