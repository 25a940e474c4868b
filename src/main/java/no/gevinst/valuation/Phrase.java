package no.gevinst.valuation;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Words of the message bundles with the figures they show filled in: a working's label, note or formula, said in
 * the reader's language. The figures are already typeset (Norwegian number form), so that the bundles hold only
 * words and the order of the terms.
 *
 * @param key a key of the bundles; none for a name the user typed (a benefit's), which is shown as it is
 * @param arguments the figures or the name, in the order the message's placeholders ask
 */
public record Phrase(String key, List<String> arguments) {

    public Phrase {
        arguments = List.copyOf(arguments);
    }

    public static Phrase of(String key, String... arguments) {
        return new Phrase(key, List.of(arguments));
    }

    /** A name as typed, not looked up. */
    public static Phrase name(String name) {
        return new Phrase(null, List.of(name));
    }

    public String in(MessageSource messages, Locale locale) {
        return key == null ? arguments.getFirst() : messages.getMessage(key, arguments.toArray(), locale);
    }
}
