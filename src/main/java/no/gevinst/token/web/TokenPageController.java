package no.gevinst.token.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.ApiToken;
import no.gevinst.access.ApiTokenId;
import no.gevinst.access.ApiTokens;
import no.gevinst.access.CreatedApiToken;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.Users;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page API-nøkler: a user's own tokens and a form for a new one; for administrators also a service account's
 * ({@code ?user=}). A new token's secret is shown once, in the answer to the form, and never stored in a session.
 */
@Controller
@RequestMapping("/tokens")
class TokenPageController {

    private final ApiTokens tokens;
    private final ScopeLabels labels;
    private final Users users;
    private final AccessPolicy access;

    TokenPageController(ApiTokens tokens, ScopeLabels labels, Users users, AccessPolicy access) {
        this.tokens = tokens;
        this.labels = labels;
        this.users = users;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(name = "user", required = false) String user, Model model) {
        TokenForm form = new TokenForm();
        form.setUser(user);
        return page(model, form);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") TokenForm form, BindingResult binding, Model model, HttpServletResponse response) {
        String saved = FormErrors.saved(
                () -> created(tokens.create(form.toInput()), model, response),
                binding,
                response,
                null,
                TokenPageController::formField);
        return saved != null ? saved : page(model, form);
    }

    /** The page that shows a new token's secret, once. */
    private String created(CreatedApiToken created, Model model, HttpServletResponse response) {
        // The secret must not stay in a browser's or a proxy's cache.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ApiToken token = created.token();
        model.addAttribute("created", TokenView.of(token, labels.names(token.scopes()), Instant.now()));
        model.addAttribute("secret", created.secret());
        model.addAttribute("back", back(token));
        model.addAttribute(
                "apiBase",
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                        .toUriString());
        return "token/created";
    }

    /**
     * Revokes a token. Revoked, back to the list it was on, told so; refused (a version that is no number, 422; the
     * token changed since the page was read, 409), that list again with why above it.
     */
    @PostMapping("/{token}/revoke")
    String revoke(
            @PathVariable("token") ApiTokenId id,
            @ModelAttribute("revokeForm") RevokeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ApiToken token = tokens.find(id).orElseThrow(() -> new NotFoundException("api-token", id));
        TokenForm list = new TokenForm();
        if (!back(token).equals("/tokens")) {
            list.setUser(token.username());
        }
        // The version is the button's hidden field: a refusal is told for the whole list.
        return new FormPost(binding, redirect, response)
                .flashedAs("revoked")
                .fields(field -> null)
                .save(
                        () -> tokens.revoke(id, Versions.expected(null, form.getVersion())),
                        token.name(),
                        back(token),
                        null,
                        () -> page(model, list));
    }

    private String page(Model model, TokenForm form) {
        String user = form.getUser();
        List<ApiToken> list = tokens.of(user);
        CurrentUser me = access.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        boolean own = user == null || user.isBlank() || user.strip().equals(me.username());
        List<RoleAssignment> grantable = grantable(user);
        List<RoleAssignment> mentioned = new ArrayList<>(grantable);
        list.forEach(t -> mentioned.addAll(t.scopes()));
        ScopeLabels.Names names = labels.names(mentioned);
        Instant now = Instant.now();
        model.addAttribute("form", form);
        model.addAttribute("own", own);
        model.addAttribute("holder", own ? me.displayName() : displayName(user.strip()));
        model.addAttribute(
                "tokens", list.stream().map(t -> TokenView.of(t, names, now)).toList());
        model.addAttribute("grantable", names.label(grantable));
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return "token/list";
    }

    private String displayName(String username) {
        return users.displayNames(Set.of(username)).getOrDefault(username, username);
    }

    /** The roles a new token may carry; none where no token may be made (an administrator reading a person's). */
    private List<RoleAssignment> grantable(String user) {
        try {
            return tokens.grantable(user);
        } catch (InvalidInputException e) {
            return List.of();
        }
    }

    /** The list the token belongs on: the user's own, or the service account's. */
    private String back(ApiToken token) {
        boolean own = access.currentUser().map(u -> u.id().equals(token.user())).orElse(false);
        return own
                ? "/tokens"
                : UriComponentsBuilder.fromPath("/tokens")
                        .queryParam("user", token.username())
                        .encode()
                        .toUriString();
    }

    /** Each scope's violation is shown at the list of roles; the user named is the form's own business. */
    private static String formField(String field) {
        if (field.startsWith("scopes")) {
            return "scopes";
        }
        return field.equals("name") || field.equals("expiresInDays") ? field : null;
    }
}
