package no.gevinst.valuation;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles, as the pages read them, without starting the application. */
final class Bundles {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");

    static final MessageSource MESSAGES = messages();

    private Bundles() {}

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
