package no.gevinst.portfolio.web;

import java.util.Locale;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.portfolio.domain.DashboardChart;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Ids;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portfolio dashboard: every visible programme, or one with {@code ?programme=}. */
@Controller
class DashboardPageController {

    private final Dashboards dashboards;
    private final MessageSource messages;
    private final Programmes programmes;

    DashboardPageController(Dashboards dashboards, MessageSource messages, Programmes programmes) {
        this.dashboards = dashboards;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping("/portfolio")
    String page(@RequestParam(required = false) String programme, Model model, Locale locale) {
        ProgrammeId selected = programme(programme);
        Dashboard dashboard = dashboards.of(selected, NorwegianTime.today());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("links", new DashboardLinks(selected));
        model.addAttribute("visibleProgrammes", programmes.visible());
        model.addAttribute("chart", chart(dashboard, locale));
        // The benefits that flow between organisations belong on the dashboard, not only on their own page.
        model.addAttribute("flows", dashboard.flows());
        // As many as the API's dashboard carries: the flows page lists them all, with their periods.
        model.addAttribute(
                "flowsShown",
                dashboard.flows().benefits().stream()
                        .limit(DashboardResource.FLOWS_SHOWN)
                        .toList());
        return "portfolio/dashboard";
    }

    /** What the dashboard's realised figure for a year is made of: each benefit's forecast × achievement. */
    @GetMapping("/portfolio/realised")
    String realised(@RequestParam int year, @RequestParam(required = false) String programme, Model model) {
        ProgrammeId selected = programme(programme);
        model.addAttribute("realised", dashboards.realised(selected, year, NorwegianTime.today()));
        model.addAttribute("visibleProgrammes", programmes.visible());
        return "portfolio/realised";
    }

    /** Blank means every programme; a value that is no programme id is a programme that is not there. */
    static ProgrammeId programme(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Ids.parse(text, ProgrammeId::new).orElseThrow(() -> new NotFoundException("programme", text));
    }

    private String chart(Dashboard dashboard, Locale locale) {
        return DashboardChart.of(dashboard, messages, locale);
    }
}
