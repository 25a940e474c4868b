package no.gevinst.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

    /**
     * What is wrong with a text as such, whatever field it is for: a NUL or other control character (PostgreSQL
     * refuses NUL, and none belongs in a name or a description), a character that stands for bytes that were not
     * UTF-8, half of a surrogate pair, or more characters than {@link TextLimits#of the field allows}.
     */
    public static Optional<FieldViolation> refusal(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        int limit = TextLimits.of(field);
        if (text.length() > limit) {
            return Optional.of(FieldViolation.of(field, "text.tooLong", limit, text.length()));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == '\u007f') {
                return Optional.of(FieldViolation.of(field, "text.control", i + 1));
            }
            if (c == '\ufffd' || Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                return Optional.of(FieldViolation.of(field, "text.encoding", i + 1));
            }
        }
        return Optional.empty();
    }

    /** Adds the text's {@link #refusal}, if any, to the violations. */
    public static void check(String field, String text, Violations violations) {
        refusal(field, text)
                .ifPresent(v ->
                        violations.add(v.field(), v.messageKey(), v.arguments().toArray()));
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * The number if it fits the columns numbers are kept in (below {@link TextLimits#MAX_VALUE} in size);
     * otherwise null, with {@code number.tooLarge} added for the field. A number beyond that is a typing mistake or
     * an attack, and the database would refuse it with an error that names no field.
     */
    public static BigDecimal bounded(BigDecimal number, String field, Violations violations) {
        if (number != null && number.abs().compareTo(TextLimits.MAX_VALUE) >= 0) {
            violations.add(field, "number.tooLarge");
            return null;
        }
        return number;
    }

    /**
     * The year if it lies in the plausible window {@value TextLimits#FIRST_YEAR}–{@value TextLimits#LAST_YEAR};
     * otherwise null, with {@code year.outOfRange} added for the field.
     */
    public static Integer year(Integer year, String field, Violations violations) {
        if (year != null && (year < TextLimits.FIRST_YEAR || year > TextLimits.LAST_YEAR)) {
            violations.add(
                    field,
                    "year.outOfRange",
                    ReaderFormats.year(year),
                    ReaderFormats.year(TextLimits.FIRST_YEAR),
                    ReaderFormats.year(TextLimits.LAST_YEAR));
            return null;
        }
        return year;
    }

    /** The ISO date in the text, null when blank; a text that is no date is a violation of the field. */
    public static LocalDate date(String text, String field, Violations violations) {
        if (text(text).isEmpty()) {
            return null;
        }
        try {
            return plausible(LocalDate.parse(text(text)), text(text), field, violations);
        } catch (DateTimeParseException e) {
            violations.add(field, "date.invalid");
            return null;
        }
    }

    /**
     * The date the text writes the Norwegian way ({@code 31.01.2026}) or ISO ({@link NorwegianDates}), within the
     * plausible years; null when blank (with the key given, if any) or no date.
     */
    public static @Nullable LocalDate norwegianDate(
            @Nullable String text, String field, @Nullable String blankKey, Violations violations) {
        if (text(text).isEmpty()) {
            if (blankKey != null) {
                violations.add(field, blankKey);
            }
            return null;
        }
        try {
            LocalDate date = NorwegianDates.parse(text(text));
            return plausible(date, date.toString(), field, violations);
        } catch (DateTimeParseException e) {
            violations.add(field, "date.invalid");
            return null;
        }
    }

    /** The date when its year is one Gevinst stores, else null and the field's violation naming it as written. */
    private static @Nullable LocalDate plausible(LocalDate date, String written, String field, Violations violations) {
        if (date.getYear() < TextLimits.FIRST_YEAR || date.getYear() > TextLimits.LAST_YEAR) {
            violations.add(field, "date.outOfRange", written);
            return null;
        }
        return date;
    }
}
