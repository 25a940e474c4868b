package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A formula as shown, read by this test's own parser (decimal commas and points, spaces between thousands, ×, ·, ÷,
 * /, ^, %, the minus sign, and unit words after a number such as "kr", "personer", "kr per time" or "hours"), and how
 * far the rounding of the figures in it may move its value.
 *
 * <p>Grammar: sum = product (("+" | "−") product)*; product = power (("×" | "·" | "/" | "÷") power)*; power = unary
 * ("^" unary)?; unary = "−"? atom "%"?; atom = number unit? | "(" sum ")"; unit = letters (" " letters)*.
 */
final class ShownFormula {

    static final MathContext MATH = MathContext.DECIMAL128;

    /** Which figures were rounded for showing, and by how much at most. */
    enum Rounded {
        /** Kroner shown to the øre; other figures (rates, shares, years) shown exactly. */
        KRONER_TO_THE_ORE,
        /** Every figure shown to at most two decimals (the model workings). */
        EVERY_FIGURE_TO_TWO_DECIMALS
    }

    /**
     * The value and its uncertainty: Σ |f(x + ½ unit) − f(x)| over the rounded figures, each of which the
     * arithmetic is monotone in.
     */
    record Value(BigDecimal value, BigDecimal uncertainty) {}

    private static final BigDecimal HALF_HUNDREDTH = new BigDecimal("0.005");

    private final String text;
    private final Rounded rounded;
    private int at;
    private int nudged = -1;
    private int figures;

    private ShownFormula(String text, Rounded rounded) {
        this.text = text;
        this.rounded = rounded;
    }

    static Value of(String text, Rounded rounded) {
        return new ShownFormula(text, rounded).parse();
    }

    /** A figure as shown: 1 234 567,5 (any space between thousands, the minus sign). */
    static BigDecimal number(String text) {
        return new BigDecimal(text.replace("\u00a0", "")
                .replace("\u202f", "")
                .replace(" ", "")
                .replace('\u2212', '-')
                .replace(',', '.'));
    }

    private Value parse() {
        BigDecimal value = evaluate(-1);
        int count = figures;
        BigDecimal uncertainty = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            uncertainty = uncertainty.add(evaluate(i).subtract(value).abs());
        }
        return new Value(value, uncertainty);
    }

    private BigDecimal evaluate(int nudge) {
        at = 0;
        figures = 0;
        nudged = nudge;
        BigDecimal value = sum();
        skipSpace();
        assertThat(at).as("the whole of '%s' is read", text).isEqualTo(text.length());
        return value;
    }

    private BigDecimal sum() {
        BigDecimal value = product();
        while (true) {
            skipSpace();
            if (eat('+')) {
                value = value.add(product(), MATH);
            } else if (eat('−') || eat('-')) {
                value = value.subtract(product(), MATH);
            } else {
                return value;
            }
        }
    }

    private BigDecimal product() {
        BigDecimal value = power();
        while (true) {
            skipSpace();
            if (eat('×') || eat('·') || eat('*')) {
                value = value.multiply(power(), MATH);
            } else if (eat('/') || eat('÷')) {
                value = value.divide(power(), MATH);
            } else {
                return value;
            }
        }
    }

    private BigDecimal power() {
        BigDecimal base = unary();
        skipSpace();
        if (eat('^')) {
            BigDecimal exponent = unary();
            return base.pow(exponent.intValueExact(), MATH);
        }
        return base;
    }

    private BigDecimal unary() {
        skipSpace();
        if (eat('−') || eat('-')) {
            return unary().negate();
        }
        BigDecimal value;
        if (eat('(')) {
            value = sum();
            skipSpace();
            assertThat(eat(')')).as("a closing parenthesis in '%s'", text).isTrue();
        } else {
            value = figure();
        }
        skipSpace();
        if (eat('%')) {
            value = value.movePointLeft(2);
        }
        return value;
    }

    private BigDecimal figure() {
        int start = at;
        while (at < text.length()
                && (Character.isDigit(text.charAt(at))
                        || text.charAt(at) == ','
                        || text.charAt(at) == '.'
                        || (isSpace(text.charAt(at))
                                && at + 1 < text.length()
                                && Character.isDigit(text.charAt(at + 1))
                                && at > start))) {
            at++;
        }
        assertThat(at).as("a number at %d in '%s'", start, text).isGreaterThan(start);
        BigDecimal value = number(text.substring(start, at));
        String unit = unit();
        boolean roundedFigure = rounded == Rounded.EVERY_FIGURE_TO_TWO_DECIMALS || unit.startsWith("kr");
        if (roundedFigure && figures++ == nudged) {
            value = value.add(HALF_HUNDREDTH);
        }
        return value;
    }

    /** The words after a number that say what it counts ("kr", "personer", "kr per time"), read past. */
    private String unit() {
        int start = at;
        int end = at;
        int probe = at;
        while (probe < text.length()) {
            int word = probe;
            while (word < text.length() && isSpace(text.charAt(word))) {
                word++;
            }
            int letters = word;
            while (letters < text.length() && Character.isLetter(text.charAt(letters))) {
                letters++;
            }
            if (letters == word) {
                break;
            }
            end = letters;
            probe = letters;
        }
        at = end;
        return text.substring(start, end).strip();
    }

    private boolean eat(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f';
    }
}
