package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import no.gevinst.benefit.BenefitClass;
import org.junit.jupiter.api.Test;

/**
 * The workings on the valuation page say what they compute: each shown expression, parsed from its text (decimal
 * commas, spaces between thousands, ×, ·, /, ^, %, the minus sign) by a parser of this test's own, evaluates to the
 * value shown beside it, for drawn settings and years up to 120 after the base year (past R-109's steps at 40 and 75).
 */
class YearWorkingsTest {

    private static final MathContext MATH = MathContext.DECIMAL128;

    /** Half an øre: kroner are shown to the øre. */
    private static final BigDecimal HALF_ORE = new BigDecimal("0.005");

    @Test
    void yearFortyOneIsDiscountedAtFourPercentForFortyYearsAndThreeForOne() {
        EconomicSettings s = EconomicSettings.defaults(2025, 2075);
        Valuation v = ValuationEngine.value(s, List.of(), List.of(), Map.of());
        Valuation.YearLine y = v.years().get(41);
        assertThat(y.year()).isEqualTo(2066);
        String line = YearWorkings.of(v, y, s).stream()
                .filter(l -> l.startsWith("Diskonteringsfaktor"))
                .findFirst()
                .orElseThrow();
        // 1 / (1.04^40 × 1.03) = 1 / (4.801021 × 1.03) = 1 / 4.945052 = 0.202222.
        assertThat(line).startsWith("Diskonteringsfaktor = 1 / (1,04^40 · 1,03^1) = 0,202222 (år 41");
    }

    @Property(tries = 60)
    void everyShownExpressionEvaluatesToTheValueShown(
            @ForAll @IntRange(min = -3, max = 3) int baseOffset,
            @ForAll @IntRange(min = 0, max = 120) int length,
            @ForAll @IntRange(min = 0, max = 800) int rate1,
            @ForAll @IntRange(min = 0, max = 800) int rate2,
            @ForAll @IntRange(min = 0, max = 800) int rate3,
            @ForAll @IntRange(min = 0, max = 40) int taxPercent,
            @ForAll @IntRange(min = -200, max = 300) int growthTenThousandths,
            @ForAll boolean realPrice,
            @ForAll @IntRange(min = 0, max = 90_000_000) int cash,
            @ForAll @IntRange(min = 0, max = 90_000_000) int hours,
            @ForAll @IntRange(min = 0, max = 200_000_000) int investment,
            @ForAll @IntRange(min = 0, max = 30_000_000) int running,
            @ForAll @IntRange(min = 1, max = 9) int phaseInStep) {
        int first = 2025;
        int last = first + length;
        EconomicSettings settings = new EconomicSettings(
                first + baseOffset,
                first,
                last,
                List.of(bp(rate1), bp(rate2), bp(rate3)),
                BigDecimal.valueOf(taxPercent).movePointLeft(2),
                BigDecimal.valueOf(growthTenThousandths).movePointLeft(4),
                realPrice,
                new BigDecimal("0.5"),
                new BigDecimal("1695"));
        // Yearly increases of step + 0,5 percentage points, as many as stay within 100 %.
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < 200 / (2 * phaseInStep + 1); i++) {
            steps.add(phaseInStep + ",5");
        }
        List<PricedBenefit> benefits = List.of(
                new PricedBenefit(
                        "Frigjorte kroner",
                        BenefitClass.CASH_RELEASING,
                        Actor.OWN_ORGANISATION,
                        new CalculationModel.AvoidedYearlyCost(Formula.parse(cash + " / 7", "amount")),
                        PhaseIn.increases(first, steps)),
                new PricedBenefit(
                        "Spart tid",
                        BenefitClass.CAPACITY,
                        Actor.HEALTH_TRUSTS,
                        new CalculationModel.TimeSaving(
                                Formula.parse(String.valueOf(hours), "persons"),
                                Formula.parse("25", "minutesPerPeriod"),
                                Formula.parse("12", "periodsPerYear"),
                                Formula.parse("643.17", "hourlyCost")),
                        PhaseIn.cumulative(first + 1, List.of("12.5", "40", "100"))));
        List<Cost> costs = List.of(
                new Cost(Cost.Kind.INVESTMENT, Actor.OWN_ORGANISATION, first, BigDecimal.valueOf(investment)),
                new Cost(Cost.Kind.RUNNING, Actor.OWN_ORGANISATION, first + 1, BigDecimal.valueOf(running)),
                new Cost(Cost.Kind.RUNNING, Actor.HEALTH_TRUSTS, last, new BigDecimal(running + ".37")));
        Valuation valuation = ValuationEngine.value(settings, benefits, costs, Map.of());
        for (Valuation.YearLine year : valuation.years()) {
            for (YearWorkings.Working w : YearWorkings.workings(valuation, year, settings)) {
                assertThat(w.text()).startsWith(w.label() + " = " + w.expression() + " = " + w.value());
                Shown shown = new Parser(w.expression()).parse();
                BigDecimal value = number(w.value().replace(" kr", ""));
                BigDecimal tolerance = w.value().endsWith(" kr")
                        ? HALF_ORE.add(shown.kronerUncertainty())
                        : BigDecimal.ONE.movePointLeft(decimals(w.value())).divide(BigDecimal.TWO);
                tolerance = tolerance.add(value.abs().multiply(new BigDecimal("1e-12")));
                assertThat(shown.value().subtract(value).abs())
                        .as("%s (year %d): %s evaluates to %s", w.label(), year.year(), w.text(), shown.value())
                        .isLessThanOrEqualTo(tolerance);
            }
        }
    }

    private static BigDecimal bp(int basisPoints) {
        return BigDecimal.valueOf(basisPoints).movePointLeft(4);
    }

    private static int decimals(String shown) {
        int comma = shown.indexOf(',');
        return comma < 0 ? 0 : shown.length() - comma - 1;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace("\u00a0", "")
                .replace("\u202f", "")
                .replace(" ", "")
                .replace('\u2212', '-')
                .replace(',', '.'));
    }

    /**
     * An expression's value, and how far the kroner in it (shown to the øre) may move it: Σ |f(x + ½ øre) − f(x)|
     * over the kroner figures, each of which the expression's arithmetic is monotone in.
     */
    record Shown(BigDecimal value, BigDecimal kronerUncertainty) {}

    /**
     * Recursive descent over: sum = product (("+" | "−") product)*; product = power (("×" | "·" | "/") power)*;
     * power = unary ("^" unary)?; unary = "−"? atom "%"?; atom = number "kr"? | "(" sum ")".
     */
    private static final class Parser {

        private final String text;
        private int at;
        /** The kroner figure being nudged by half an øre, counted from 0; −1 for none. */
        private int nudged = -1;

        private int kroner;

        Parser(String text) {
            this.text = text;
        }

        Shown parse() {
            BigDecimal value = evaluate(-1);
            int count = kroner;
            BigDecimal uncertainty = BigDecimal.ZERO;
            for (int i = 0; i < count; i++) {
                uncertainty = uncertainty.add(evaluate(i).subtract(value).abs());
            }
            return new Shown(value, uncertainty);
        }

        private BigDecimal evaluate(int nudge) {
            at = 0;
            kroner = 0;
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
                value = literal();
            }
            skipSpace();
            if (eat('%')) {
                value = value.movePointLeft(2);
            }
            return value;
        }

        private BigDecimal literal() {
            int start = at;
            while (at < text.length()
                    && (Character.isDigit(text.charAt(at))
                            || text.charAt(at) == ','
                            || (isSpace(text.charAt(at))
                                    && at + 1 < text.length()
                                    && Character.isDigit(text.charAt(at + 1))
                                    && at > start))) {
                at++;
            }
            assertThat(at).as("a number at %d in '%s'", start, text).isGreaterThan(start);
            BigDecimal value = number(text.substring(start, at));
            if (text.startsWith(" kr", at)) {
                at += 3;
                if (kroner++ == nudged) {
                    value = value.add(HALF_ORE);
                }
            }
            return value;
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
}
