package no.gevinst.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The one reader of dates as people in Norway and machines write them: {@code 31.01.2026} or {@code 1.2.2026}
 * (day, month, year with points) and ISO {@code 2026-01-31}. An impossible day ({@code 30.02.2026}) is refused.
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
        return value.indexOf('.') >= 0 ? LocalDate.parse(value, NORWEGIAN) : LocalDate.parse(value);
    }
}
