package no.gevinst.shared;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads the decimal numbers people type in Norwegian forms and files: a decimal comma or point ({@code 1234,5},
 * {@code 1234.5}) and digit groups set apart by a space, a no-break space or a narrow no-break space
 * ({@code 1 234,5}). The one place such text becomes a number.
 */
public final class NorwegianNumbers {

    private NorwegianNumbers() {}

    /**
     * The number in the text, surrounding blanks ignored.
     *
     * @throws NumberFormatException when the text (blank included) is no number
     */
    public static BigDecimal parseDecimal(String text) {
        if (text == null) {
            throw new NumberFormatException("no number");
        }
        return new BigDecimal(normalised(text));
    }

    /** The number in the text; empty when it is blank or no number. */
    public static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(parseDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The text with group separators left out and a decimal comma made a point. */
    private static String normalised(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                digits.append('.');
            } else if (c != ' ' && c != '\u00a0' && c != '\u202f' && !Character.isWhitespace(c)) {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
