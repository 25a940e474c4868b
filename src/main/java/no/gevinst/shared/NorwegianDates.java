package no.gevinst.shared;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The one reader of dates as people in Norway and machines write them: {@code 31.01.2026} or {@code 1.2.2026}
 * (day, month, year with points) and ISO {@code 2026-01-31}. An impossible day ({@code 30.02.2026}) is refused.
 * Measurement files bring a million dates at a time, so the common forms are read by hand and only the rest (and
 * what is wrong) by the formatters, which say why.
 */
public final class NorwegianDates {

    private static final DateTimeFormatter NORWEGIAN =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private NorwegianDates() {}

    /**
     * The date the text writes, surrounding blanks ignored.
     *
     * @throws DateTimeParseException when the text is blank or no date written one of those ways
     */
    public static LocalDate parse(String text) {
        String value = Inputs.text(text);
        if (value.indexOf('.') < 0) {
            return IsoDates.parse(value);
        }
        LocalDate date = norwegian(value);
        return date != null ? date : LocalDate.parse(value, NORWEGIAN);
    }

    /** A date written d.M.yyyy with a possible day, read by hand; null for anything else. */
    private static LocalDate norwegian(String text) {
        int first = text.indexOf('.');
        int second = text.indexOf('.', first + 1);
        if (first < 1 || first > 2 || second - first < 2 || second - first > 3 || text.length() - second != 5) {
            return null;
        }
        int day = IsoDates.digits(text, 0, first);
        int month = IsoDates.digits(text, first + 1, second);
        int year = IsoDates.digits(text, second + 1, text.length());
        if (day < 1
                || month < 1
                || month > 12
                || year < 0
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
