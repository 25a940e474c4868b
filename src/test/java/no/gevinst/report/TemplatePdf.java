package no.gevinst.report;

import java.util.Locale;
import java.util.Map;
import no.gevinst.ClassPathTemplates;

/**
 * A document's template rendered to PDF by the application's own {@link DocumentRenderer}, without starting the
 * application: the templates and message bundles from the class path, in bokmål.
 */
public final class TemplatePdf {

    private TemplatePdf() {}

    /** The template under {@code templates/documents/} with the model as {@code doc}. */
    public static byte[] bokmal(String template, Object model) {
        return new DocumentRenderer(ClassPathTemplates.engine())
                .pdf(template, Map.of("doc", model), Locale.forLanguageTag("nb"));
    }

    /** The template with the variables given: the model as {@code doc} and the parts it may include besides. */
    public static byte[] bokmal(String template, Map<String, Object> variables) {
        return new DocumentRenderer(ClassPathTemplates.engine()).pdf(template, variables, Locale.forLanguageTag("nb"));
    }
}
