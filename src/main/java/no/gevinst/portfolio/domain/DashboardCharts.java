package no.gevinst.portfolio.domain;

import java.util.Locale;
import java.util.function.Function;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.shared.DrawingTemplates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * Draws the dashboard's chart as SVG: the geometry from {@link DashboardChart}, the markup from the template {@code
 * portfolio/dashboard-chart.html}, the words from the message bundles. Rendered by {@link DrawingTemplates}, as every drawing is, so that the same SVG goes
 * into the dashboard page and into the steering group report's XHTML.
 */
@Component
public class DashboardCharts {

    private final ITemplateEngine templates;
    private final MessageSource messages;

    public DashboardCharts(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** The dashboard's chart with its labels in the reader's language; null when there are no years to draw. */
    public String svg(Dashboard dashboard, Locale locale) {
        if (dashboard.years().isEmpty()) {
            return null;
        }
        Function<String, String> word = key -> messages.getMessage(key, null, key, locale);
        var labels = new DashboardChart.Labels(
                word.apply("portfolio.dashboard.chart.title"),
                word.apply("portfolio.dashboard.chart.desc"),
                word.apply("portfolio.dashboard.planned"),
                word.apply("portfolio.dashboard.forecast"),
                word.apply("portfolio.dashboard.net"),
                word.apply("portfolio.dashboard.target"),
                word.apply("portfolio.dashboard.realised"),
                word.apply("portfolio.dashboard.realisedUnsigned"));
        return svg(DashboardChart.of(dashboard.years(), labels, locale), locale);
    }

    String svg(DashboardChart chart, Locale locale) {
        return DrawingTemplates.svg(templates, "portfolio/dashboard-chart", "chart", chart, locale);
    }
}
