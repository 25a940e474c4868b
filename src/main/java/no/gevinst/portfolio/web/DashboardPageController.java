package no.gevinst.portfolio.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.portfolio.Flows;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Ids;
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

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Dashboards dashboards;
    private final MessageSource messages;
    private final Programmes programmes;
    private final Flows flows;

    DashboardPageController(Dashboards dashboards, MessageSource messages, Programmes programmes, Flows flows) {
        this.dashboards = dashboards;
        this.flows = flows;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping("/portfolio")
    String page(@RequestParam(required = false) String programme, Model model, Locale locale) {
        ProgrammeId selected = programme(programme);
        Dashboard dashboard = dashboards.of(selected, LocalDate.now(OSLO));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("links", new DashboardLinks(selected));
        model.addAttribute("visibleProgrammes", programmes.visible());
        model.addAttribute("chart", chart(dashboard, locale));
        // The benefits that flow between organisations belong on the dashboard, not only on their own page.
        model.addAttribute("flows", flows.report(selected));
        return "portfolio/dashboard";
    }

    /** Blank means every programme; a value that is no programme id is a programme that is not there. */
    static ProgrammeId programme(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Ids.parse(text, ProgrammeId::new).orElseThrow(() -> new NotFoundException("programme", text));
    }

    private String chart(Dashboard dashboard, Locale locale) {
        if (dashboard.years().isEmpty()) {
            return null;
        }
        var labels = new DashboardChart.Labels(
                message("portfolio.dashboard.chart.title", locale),
                message("portfolio.dashboard.chart.desc", locale),
                message("portfolio.dashboard.planned", locale),
                message("portfolio.dashboard.forecast", locale),
                message("portfolio.dashboard.net", locale),
                message("portfolio.dashboard.target", locale));
        return new DashboardChart(dashboard.years(), labels, locale).svg();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
