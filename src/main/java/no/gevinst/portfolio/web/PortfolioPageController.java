package no.gevinst.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import no.gevinst.access.Users;
import no.gevinst.portfolio.ConflictsView;
import no.gevinst.portfolio.DecisionInput;
import no.gevinst.portfolio.OrganisationDashboards;
import no.gevinst.portfolio.Portfolio;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Ids;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Double counting across the programmes: each conflict with its benefits and decision form, and the totals. */
@Controller
class PortfolioPageController {

    /** Form fields named {@code share-<benefit id>} carry a SPLIT decision's shares. */
    private static final String SHARE = "share-";

    private final Portfolio portfolio;
    private final Programmes programmes;

    private final Users users;
    private final OrganisationDashboards scopes;

    PortfolioPageController(Portfolio portfolio, Programmes programmes, Users users, OrganisationDashboards scopes) {
        this.scopes = scopes;
        this.users = users;
        this.portfolio = portfolio;
        this.programmes = programmes;
    }

    /** Every conflict, or those of one programme when the dashboard of that programme links here. */
    @GetMapping("/portfolio/conflicts")
    String page(
            @RequestParam(name = "programme", required = false) String chosen,
            @RequestParam(required = false) String organisation,
            Model model,
            HttpServletResponse response) {
        ProgrammeChoice choice = ProgrammeChoice.of(chosen, programmes);
        OrganisationChoice scope = OrganisationChoice.of(organisation, scopes);
        ProgrammeChoice.show(choice, scope, model, response);
        ProgrammeId programme = choice.id();
        if (programme != null) {
            programmes.find(programme).ifPresent(shown -> model.addAttribute("selectedProgramme", shown));
        }
        model.addAttribute("selectedOrganisation", scope.party());
        ConflictsView view =
                scope.party() == null ? portfolio.view(programme) : scopes.conflicts(programme, scope.id());
        model.addAttribute("conflicts", view.conflicts());
        model.addAttribute("totals", view.totals());
        model.addAttribute("problems", view.problems());
        // Decisions keep who took them by user name; the page names them in full.
        model.addAttribute(
                "fullNames",
                users.displayNames(view.conflicts().stream()
                        .filter(s -> s.decision() != null)
                        .map(s -> s.decision().decidedBy())
                        .filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toSet())));
        return "portfolio/conflicts";
    }

    /**
     * Records the decision on a conflict. Decided, back to the list it was made from, told so beside the conflict;
     * refused, that list again with why beside the conflict's form and what was typed (422), or told that someone
     * decided it since the page was read (409).
     */
    @PostMapping("/portfolio/conflicts/{key}/decision")
    String decide(
            @PathVariable String key,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<String, String> shares = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(SHARE)) {
                shares.put(name.substring(SHARE.length()), value);
            }
        });
        DecisionInput input = new DecisionInput(
                form.get("kind"), form.get("primaryBenefit"), shares, form.get("justification"), version(form));
        try {
            portfolio.decide(key, input);
        } catch (InvalidInputException e) {
            model.addAttribute("decisionErrors", e.violations());
            model.addAttribute("failedKey", key);
            model.addAttribute("decisionInput", input);
            return refused(form, model, response, 422);
        } catch (VersionConflictException e) {
            model.addAttribute("staleKey", key);
            return refused(form, model, response, HttpServletResponse.SC_CONFLICT);
        }
        redirect.addFlashAttribute("decidedKey", key);
        // Back to the list the decision was made from: one programme's, or all; scoped to an organisation if it was.
        return "redirect:"
                + UriComponentsBuilder.fromPath("/portfolio/conflicts")
                        .queryParamIfPresent("programme", Ids.parse(form.get("programme"), ProgrammeId::new))
                        .queryParamIfPresent("organisation", Ids.parse(form.get("organisation"), OrganisationId::new))
                        .toUriString()
                + "#conflict-" + key;
    }

    /** The list the decision was made from again, as it now is, with the refusal beside the conflict. */
    private String refused(Map<String, String> form, Model model, HttpServletResponse response, int status) {
        String shown = page(form.get("programme"), form.get("organisation"), model, response);
        response.setStatus(status);
        return shown;
    }

    private static Long version(Map<String, String> form) {
        try {
            String text = form.getOrDefault("version", "").strip();
            return text.isEmpty() ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
