package no.gevinst.valuation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.gevinst.benefit.BenefitClass;

/**
 * The workbook's words from the application's message bundles, in bokmål or, asked for, English: read directly so
 * that the workbook can be written where no Spring context exists (its tests), as it is in the application.
 */
final class WorkbookText {

    private static final String BUNDLE = "messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    private WorkbookText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * English or nynorsk when the locale asks for it, bokmål (the base bundle) otherwise, never the server's own
     * language; numbers as the language writes them (nynorsk as bokmål).
     */
    static WorkbookText of(Locale locale) {
        no.gevinst.shared.Language language = no.gevinst.shared.Language.of(locale);
        Locale chosen = switch (language) {
            case ENGLISH -> Locale.ENGLISH;
            case NYNORSK -> Locale.forLanguageTag("nn");
            case BOKMAL -> Locale.ROOT;
        };
        return new WorkbookText(
                ResourceBundle.getBundle(
                        BUNDLE,
                        chosen,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                language == no.gevinst.shared.Language.ENGLISH ? Locale.ENGLISH : Locale.forLanguageTag("nb-NO"));
    }

    Locale locale() {
        return locale;
    }

    /** The workbook's own words, under {@code valuation.workbook.}. */
    String get(String key, Object... arguments) {
        return word("valuation.workbook." + key, arguments);
    }

    String actor(Actor actor) {
        return word("valuation.actor." + actor.name());
    }

    String benefitClass(BenefitClass benefitClass) {
        return word("benefit.class." + benefitClass.name());
    }

    String costKind(Cost.Kind kind) {
        return word("valuation.costKind." + kind.name());
    }

    private String word(String key, Object... arguments) {
        try {
            String text = bundle.getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
