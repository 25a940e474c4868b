package no.gevinst.report;

import java.util.Locale;
import java.util.Map;
import no.gevinst.shared.DocumentTemplates;
import no.gevinst.shared.Pdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * Renders a document from its Thymeleaf template under {@code templates/documents/} to an accessible, archivable
 * PDF: the template lays out the model a module hands it (words from the message bundles in the reader's language,
 * the one document stylesheet), {@link Pdf} tags and embeds it. Modules give data, never markup.
 */
@Component
public class DocumentRenderer {

    private final ITemplateEngine templates;

    DocumentRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param template the template's name under {@code templates/documents/}, without ".html"
     * @param model the variables the template reads
     */
    public byte[] pdf(String template, Map<String, Object> model, Locale locale) {
        return Pdf.fromXhtml(xhtml(template, model, locale));
    }

    public String xhtml(String template, Map<String, Object> model, Locale locale) {
        return DocumentTemplates.xhtml(templates, template, model, locale);
    }
}
