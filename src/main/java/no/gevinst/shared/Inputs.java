package no.gevinst.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Reads the text values that forms, files and clients send, naming what does not parse. */
public final class Inputs {

    private Inputs() {}

    /** The text without surrounding blanks; empty for null. */
    public static String text(String text) {
        return text == null ? "" : text.strip();
    }

    /** The constant the text names, ignoring case; empty when it names none. */
    public static <E extends Enum<E>> Optional<E> choice(String text, Class<E> type) {
        String name = text(text).toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(name))
                .findFirst();
    }

    /** The ISO date in the text, null when blank; a text that is no date is a violation of the field. */
    public static LocalDate date(String text, String field, Violations violations) {
        if (text(text).isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text(text));
        } catch (DateTimeParseException e) {
            violations.add(field, "date.invalid");
            return null;
        }
    }
}
