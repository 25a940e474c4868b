package no.gevinst.shared;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays out a printed document from its Thymeleaf template under {@code templates/documents/}: the model a module
 * hands it, the reader's language and the one document stylesheet. Here rather than in the report module, so that a
 * module whose data the reports read (the board's decisions) can print its own documents the same way without
 * depending on the reports.
 */
public final class DocumentTemplates {

    private DocumentTemplates() {}

    /**
     * @param template the template's name under {@code templates/documents/}, without ".html"
     * @param model the variables the template reads
     */
    public static String xhtml(ITemplateEngine templates, String template, Map<String, Object> model, Locale locale) {
        Context context = new Context(locale, model);
        context.setVariable("language", Language.of(locale).tag());
        context.setVariable("stylesheet", DocumentWriter.STYLE);
        return templates.process("documents/" + template, context);
    }

    /** The same, rendered to an accessible, archivable PDF (see {@link Pdf}). */
    public static byte[] pdf(ITemplateEngine templates, String template, Map<String, Object> model, Locale locale) {
        return Pdf.fromXhtml(xhtml(templates, template, model, locale));
    }
}
