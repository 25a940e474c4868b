package no.gevinst.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.portfolio.OrganisationDashboard;
import no.gevinst.portfolio.OrganisationDashboards;
import no.gevinst.portfolio.SharedBenefits;
import no.gevinst.portfolio.domain.DashboardCharts;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Ids;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The portfolio dashboard: every visible programme, or one with {@code ?programme=}. */
@Controller
class DashboardPageController {

    private final Dashboards dashboards;
    private final DashboardCharts charts;
    private final Programmes programmes;
    private final OrganisationDashboards scopes;
    private final SharedBenefits shared;

    DashboardPageController(
            Dashboards dashboards,
            DashboardCharts charts,
            Programmes programmes,
            OrganisationDashboards scopes,
            SharedBenefits shared) {
        this.shared = shared;
        this.scopes = scopes;
        this.dashboards = dashboards;
        this.programmes = programmes;
        this.charts = charts;
    }

    @GetMapping("/portfolio")
    String page(
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String organisation,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        ProgrammeChoice choice = ProgrammeChoice.of(programme, programmes);
        OrganisationChoice scope = OrganisationChoice.of(organisation, scopes);
        ProgrammeChoice.show(choice, scope, model, response);
        ProgrammeId selected = choice.id();
        Dashboard dashboard;
        if (scope.party() == null) {
            dashboard = dashboards.of(selected, NorwegianTime.today());
        } else {
            OrganisationDashboard scoped = scopes.of(selected, scope.id(), NorwegianTime.today());
            dashboard = scoped.dashboard();
            model.addAttribute("scope", scoped);
        }
        model.addAttribute("organisations", scopes.choices());
        model.addAttribute("selectedOrganisation", scope.id());
        model.addAttribute("dashboard", dashboard);
        // Benefits shared between programmes, each at the share it counts here (issue 18).
        model.addAttribute(
                "shared",
                scope.party() == null
                        ? shared.of(selected, NorwegianTime.today().getYear())
                        : List.of());
        model.addAttribute("links", new DashboardLinks(selected, scope.id()));
        model.addAttribute("visibleProgrammes", programmes.visible());
        model.addAttribute("chart", chart(dashboard, locale));
        showFlows(dashboard, model);
        return "portfolio/dashboard";
    }

    /** The benefits that flow between organisations belong on the dashboard, not only on their own page. */
    private static void showFlows(Dashboard dashboard, Model model) {
        model.addAttribute("flows", dashboard.flows());
        // As many as the API's dashboard carries: the flows page lists them all, with their periods.
        model.addAttribute(
                "flowsShown",
                dashboard.flows().benefits().stream()
                        .limit(DashboardResource.FLOWS_SHOWN)
                        .toList());
    }

    /**
     * What the dashboard's realised figure for a year is made of: each benefit's forecast × achievement. A year that is
     * no year, or a programme that is not there, goes back to the dashboard's table of years with the reason.
     */
    @GetMapping("/portfolio/realised")
    String realised(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String programme,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeChoice choice = ProgrammeChoice.of(programme, programmes);
        Integer asked = year(year);
        if (asked == null || !choice.violations().isEmpty()) {
            List<FieldViolation> violations = new ArrayList<>(choice.violations());
            if (asked == null) {
                violations.add(FieldViolation.of("year", "portfolio.parameter.year.invalid", year == null ? "" : year));
            }
            redirect.addFlashAttribute("parameterErrors", violations);
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/portfolio")
                            .queryParamIfPresent("programme", Optional.ofNullable(choice.id()))
                            .fragment("money-heading")
                            .toUriString();
        }
        model.addAttribute("realised", dashboards.realised(choice.id(), asked, NorwegianTime.today()));
        model.addAttribute("visibleProgrammes", programmes.visible());
        return "portfolio/realised";
    }

    /** For the API: blank means every programme; a value that is no programme id is a programme not there. */
    static ProgrammeId programme(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Ids.parse(text, ProgrammeId::new).orElseThrow(() -> new NotFoundException("programme", text));
    }

    /** A year as a link or a hand gives it: four digits, or nothing to show. */
    private static Integer year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private String chart(Dashboard dashboard, Locale locale) {
        return charts.svg(dashboard, locale);
    }
}
