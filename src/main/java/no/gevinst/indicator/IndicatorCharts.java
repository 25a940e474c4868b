package no.gevinst.indicator;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Draws indicators' charts as SVG: the geometry from {@link IndicatorChart}, the markup and words from the template
 * {@code indicator/chart.html} and the message bundles. Rendered as XML, so that the same drawing goes into the page
 * and into the printed plan's XHTML.
 */
@Component
public class IndicatorCharts {

    private static final TemplateSpec TEMPLATE = new TemplateSpec("indicator/chart", TemplateMode.XML);

    private final ITemplateEngine templates;

    public IndicatorCharts(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String svg(IndicatorView view, String title, String description, Locale locale) {
        return svg(IndicatorChart.of(view, title, description, locale), locale);
    }

    String svg(IndicatorChart chart, Locale locale) {
        return templates
                .process(TEMPLATE, new Context(locale, Map.of("chart", chart)))
                .strip();
    }
}
