package no.gevinst.indicator;

import java.util.Locale;
import no.gevinst.shared.DrawingTemplates;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * Draws indicators' charts as SVG: the geometry from {@link IndicatorChart}, the markup and words from the template
 * {@code indicator/chart.html} and the message bundles. Rendered by {@link DrawingTemplates}, as every drawing is, so that the same drawing goes into the page
 * and into the printed plan's XHTML.
 */
@Component
public class IndicatorCharts {

    private final ITemplateEngine templates;

    public IndicatorCharts(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String svg(IndicatorView view, String title, String description, Locale locale) {
        return svg(IndicatorChart.of(view, title, description, locale), locale);
    }

    String svg(IndicatorChart chart, Locale locale) {
        return DrawingTemplates.svg(templates, "indicator/chart", "chart", chart, locale);
    }
}
