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
        int n = text.length();
        char[] out = new char[n];
        int o = 0;
        int i = 0;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+' || text.charAt(i) == '\u2212')) {
            out[o++] = text.charAt(i) == '+' ? '+' : '-';
            i++;
        }
        int digits = 0;
        int group = 0;
        boolean grouped = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out[o++] = c;
                digits++;
                group++;
                i++;
            } else if (isSpace(c)) {
                if (group == 0 || group > 3 || grouped && group != 3) {
                    return null;
                }
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
                grouped = true;
                group = 0;
            } else {
                break;
            }
        }
        if (grouped && group != 3) {
            return null;
        }
        if (i < n && (text.charAt(i) == ',' || text.charAt(i) == '.')) {
            out[o++] = '.';
            i++;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                out[o++] = text.charAt(i++);
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E') && !grouped) {
            out[o++] = 'E';
            i++;
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                out[o++] = text.charAt(i++);
            }
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                out[o++] = text.charAt(i++);
            }
            if (out[o - 1] < '0' || out[o - 1] > '9') {
                return null;
            }
        }
        return i == n ? java.util.Arrays.copyOf(out, o) : null;
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
