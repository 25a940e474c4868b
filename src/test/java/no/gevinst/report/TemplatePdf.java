package no.gevinst.report;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A document's template rendered to PDF by the application's own {@link DocumentRenderer}, without starting the
 * application: the templates and message bundles from the class path, in bokmål.
 */
public final class TemplatePdf {

    private TemplatePdf() {}

    /** The template under {@code templates/documents/} with the model as {@code doc}. */
    public static byte[] bokmal(String template, Object model) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        engine.setTemplateResolver(resolver);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(messages);
        return new DocumentRenderer(engine).pdf(template, Map.of("doc", model), Locale.forLanguageTag("nb"));
    }
}
