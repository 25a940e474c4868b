package no.gevinst.shared;

import java.math.BigDecimal;

/**
 * The one reader of numbers as people in Norway and machines write them: {@code 1 234,5} (thousands grouped by a
 * space, a no-break space U+00A0 or a narrow no-break space U+202F, decimal comma), {@code 1234.5} (decimal point),
 * {@code -1 234,50} or {@code −3} (U+2212 minus), and what machines write ({@code 1E+7}). Refused, as ambiguous or
 * garbage: both a comma and a point ({@code 1.234,5}, {@code 1,234.5}), more than one of either, groups of other
 * than three digits after the first ({@code 1 23}), spaces among the decimals, letters, NaN and the empty text.
 * Every refusal is a {@link NumberFormatException}, which callers turn into an error of their field.
 */
public final class NorwegianNumbers {

    private NorwegianNumbers() {}

    /**
     * The number the text writes.
     *
     * @throws NumberFormatException when the text is blank, no number, or an ambiguous one
     */
    public static BigDecimal parseDecimal(String text) {
        return parse(text, false);
    }

    /** As {@link #parseDecimal}, with a percent sign after the number allowed ({@code 12,5 %}); the number is the share in percent. */
    public static BigDecimal parsePercent(String text) {
        return parse(text, true);
    }

    private static BigDecimal parse(String text, boolean percent) {
        String value = trimmed(Inputs.text(text));
        if (percent && value.endsWith("%")) {
            value = trimmed(value.substring(0, value.length() - 1));
        }
        char[] plain = plain(value);
        if (plain == null) {
            throw new NumberFormatException("Not a number as written in Norway or by a machine: " + shortened(text));
        }
        return new BigDecimal(plain);
    }

    /**
     * The number in the characters {@link BigDecimal} reads: sign, digits without grouping, a point; null when the
     * text is not a number written one of the accepted ways.
     */
    private static char[] plain(String text) {
        Reading r = new Reading(text);
        r.sign();
        if (!r.whole() || !r.fraction() || r.digits == 0 || !r.exponent() || r.at != text.length()) {
            return null;
        }
        return java.util.Arrays.copyOf(r.out, r.written);
    }

    /** The reading of one text, left to right, into the characters {@link BigDecimal} reads. */
    private static final class Reading {

        private final String text;
        private final char[] out;
        private int at;
        private int written;
        private int digits;
        private boolean grouped;

        Reading(String text) {
            this.text = text;
            this.out = new char[text.length()];
        }

        void sign() {
            char c = peek();
            if (c == '-' || c == '+' || c == '\u2212') {
                out[written++] = c == '+' ? '+' : '-';
                at++;
            }
        }

        /** The digits before the decimal sign; false when spaces group them other than in threes. */
        boolean whole() {
            int group = 0;
            while (at < text.length()) {
                char c = peek();
                if (isDigit(c)) {
                    copyDigit();
                    group++;
                } else if (isSpace(c)) {
                    if (group == 0 || group > 3 || grouped && group != 3) {
                        return false;
                    }
                    while (at < text.length() && isSpace(peek())) {
                        at++;
                    }
                    grouped = true;
                    group = 0;
                } else {
                    break;
                }
            }
            return !grouped || group == 3;
        }

        boolean fraction() {
            if (peek() == ',' || peek() == '.') {
                out[written++] = '.';
                at++;
                while (isDigit(peek())) {
                    copyDigit();
                }
            }
            return true;
        }

        /** A machine's exponent ({@code E+7}), never after grouped digits; false when it has no digits. */
        boolean exponent() {
            if ((peek() != 'e' && peek() != 'E') || grouped) {
                return true;
            }
            out[written++] = 'E';
            at++;
            if (peek() == '-' || peek() == '+') {
                out[written++] = text.charAt(at++);
            }
            int before = written;
            while (isDigit(peek())) {
                out[written++] = text.charAt(at++);
            }
            return written > before;
        }

        private void copyDigit() {
            out[written++] = text.charAt(at++);
            digits++;
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\u2007';
    }

    /** The text without the spaces {@link String#strip} leaves (no-break ones) at either end. */
    private static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (isSpace(text.charAt(start)) || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (isSpace(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static String shortened(String text) {
        String value = String.valueOf(text);
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
