package no.gevinst.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.gevinst.portfolio.OrganisationDashboard;
import no.gevinst.portfolio.OrganisationDashboards;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.NorwegianTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What an organisation's figure for a year is made of: each benefit's forecast, left out and realised kroner times
 * the organisation's share, as a formula. A year that is no year, or a programme or organisation that is not there,
 * goes back to the dashboard with the reason.
 */
@Controller
class OrganisationSharePageController {

    private final OrganisationDashboards scopes;
    private final Programmes programmes;

    OrganisationSharePageController(OrganisationDashboards scopes, Programmes programmes) {
        this.scopes = scopes;
        this.programmes = programmes;
    }

    @GetMapping("/portfolio/organisation-share")
    String page(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String organisation,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeChoice choice = ProgrammeChoice.of(programme, programmes);
        OrganisationChoice scope = OrganisationChoice.of(organisation, scopes);
        List<FieldViolation> violations = new ArrayList<>(choice.violations());
        violations.addAll(scope.violations());
        if (scope.party() == null && scope.violations().isEmpty()) {
            violations.add(FieldViolation.of("organisation", "portfolio.parameter.organisation.required"));
        }
        Integer asked = year == null || !year.strip().matches("\\d{4}") ? null : Integer.valueOf(year.strip());
        if (asked == null) {
            violations.add(FieldViolation.of("year", "portfolio.parameter.year.invalid", year == null ? "" : year));
        }
        if (!violations.isEmpty()) {
            redirect.addFlashAttribute("parameterErrors", violations);
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/portfolio")
                            .queryParamIfPresent("programme", Optional.ofNullable(choice.id()))
                            .queryParamIfPresent("organisation", Optional.ofNullable(scope.id()))
                            .fragment("organisation-heading")
                            .toUriString();
        }
        OrganisationDashboard scoped = scopes.of(choice.id(), scope.id(), NorwegianTime.today());
        OrganisationFigures.Year shown = scoped.figures().year(asked);
        model.addAttribute("scope", scoped);
        model.addAttribute("year", asked);
        model.addAttribute("figures", shown);
        model.addAttribute("selectedProgramme", choice.id());
        return "portfolio/organisation-share";
    }
}
