package no.gevinst.shared;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders a drawing's SVG from its Thymeleaf template and its geometry (a record computed in Java): the one way every
 * chart and map is drawn, with the one escaping rule of the HTML template mode that the pages and the printed
 * documents' XHTML are rendered with, so that the same drawing, well-formed XML, goes into both. Its words are
 * escaped once, by the template engine, never by hand.
 */
public final class DrawingTemplates {

    private DrawingTemplates() {}

    /**
     * @param template the drawing's template, e.g. {@code portfolio/dashboard-chart}
     * @param name the name the template reads the geometry by
     */
    public static String svg(ITemplateEngine templates, String template, String name, Object geometry, Locale locale) {
        return templates
                .process(new TemplateSpec(template, TemplateMode.HTML), new Context(locale, Map.of(name, geometry)))
                .strip();
    }
}
