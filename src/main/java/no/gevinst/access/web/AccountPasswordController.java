package no.gevinst.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.gevinst.access.domain.AccountInputs;
import no.gevinst.access.domain.OwnPassword;
import no.gevinst.access.domain.PasswordPolicy;
import no.gevinst.shared.FormPost;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every local user's own password: chosen here after a reset (the only page open until then), or at will. */
@Controller
@RequestMapping("/account/password")
class AccountPasswordController {

    private final OwnPassword passwords;

    AccountPasswordController(OwnPassword passwords) {
        this.passwords = passwords;
    }

    /** The password form as the page binds it; nothing typed is ever shown again. */
    public static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String repeatPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getRepeatPassword() {
            return repeatPassword;
        }

        public void setRepeatPassword(String repeatPassword) {
            this.repeatPassword = repeatPassword;
        }

        @Override
        public String toString() {
            return "PasswordForm";
        }
    }

    @GetMapping
    String form(Model model, org.springframework.security.core.Authentication authentication) {
        return page(model, new PasswordForm(), authentication);
    }

    @PostMapping
    String change(
            @ModelAttribute("form") PasswordForm form,
            BindingResult binding,
            Model model,
            HttpSession session,
            RedirectAttributes redirect,
            HttpServletResponse response,
            org.springframework.security.core.Authentication authentication) {
        return new FormPost(binding, redirect, response)
                .flashedAs("passwordChanged")
                .save(
                        () -> {
                            passwords.change(new AccountInputs.PasswordChange(
                                    form.getCurrentPassword(), form.getNewPassword(), form.getRepeatPassword()));
                            PasswordChangeInterceptor.markChecked(session);
                        },
                        true,
                        "/account/password",
                        null,
                        () -> page(model, form, authentication));
    }

    private String page(Model model, PasswordForm form, org.springframework.security.core.Authentication auth) {
        model.addAttribute("form", form);
        model.addAttribute("hasLocalPassword", passwords.hasLocalPassword());
        model.addAttribute("mustChange", passwords.mustChange(auth.getName()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "access/password";
    }
}
