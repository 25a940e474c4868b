package no.gevinst.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Every figure of a year written out with its formula and the input values filled in, so that a reader can check
 * it by hand: each benefit's share of its full effect, the tax financing effect, the net and the discounting.
 *
 * <p>Each line's expression evaluates to the value beside it: kroner are shown to the øre, rates, shares and growth
 * exactly as set, and the discount factor as the product of its own rates, 1 / (1,04^40 · 1,03^(t − 40)) after year
 * 40, not as one rate raised to t. {@code YearWorkingsTest} parses the shown text and checks this.
 */
public final class YearWorkings {

    /** The years after the base year at which R-109's rate steps down. */
    private static final int FIRST_STEP = 40;

    private static final int SECOND_STEP = 75;

    private YearWorkings() {}

    /**
     * One line of the workings: {@code label = expression = value note}, its words from the bundles.
     *
     * @param expression the arithmetic with the values filled in: numbers in Norwegian form, kroner marked "kr"
     * @param value the figure the expression gives, as shown
     * @param note what the expression's terms are, in words; null when the label says it
     */
    public record Working(Phrase label, String expression, String value, Phrase note) {

        /** The line as shown. */
        public String text(MessageSource messages, Locale locale) {
            return label.in(messages, locale) + " = " + expression + " = " + value
                    + (note == null ? "" : " " + note.in(messages, locale));
        }
    }

    /** The lines as shown on the valuation page, in the reader's language. */
    public static List<String> of(
            Valuation valuation,
            Valuation.YearLine year,
            EconomicSettings settings,
            MessageSource messages,
            Locale locale) {
        return workings(valuation, year, settings).stream()
                .map(w -> w.text(messages, locale))
                .toList();
    }

    public static List<Working> workings(Valuation valuation, Valuation.YearLine year, EconomicSettings settings) {
        List<Working> lines = new ArrayList<>();
        for (Valuation.BenefitLine line : valuation.benefits()) {
            lines.add(benefit(line, year, settings));
        }
        lines.add(benefits(valuation, year));
        lines.add(tax(year, settings));
        lines.add(net(year));
        int t = year.year() - settings.baseYear();
        lines.add(discountFactor(year, settings, t));
        lines.add(new Working(
                Phrase.of("valuation.working.presentValue"),
                t >= 0
                        ? kr(year.net()) + " / (" + growth(settings, t) + ")"
                        : kr(year.net()) + " × " + growth(settings, t),
                kr(year.presentValue()),
                Phrase.of("valuation.working.note.presentValue")));
        return lines;
    }

    /** One benefit's value in the year: its full effect × its phase-in share (× the real price growth). */
    private static Working benefit(Valuation.BenefitLine line, Valuation.YearLine year, EconomicSettings settings) {
        PricedBenefit b = line.benefit();
        BigDecimal share = b.phaseIn().fraction(year.year()).multiply(BigDecimal.valueOf(100));
        String realPrice = realPrice(b, settings, year);
        return new Working(
                Phrase.name(b.name()),
                kr(line.fullEffect().nokPerYear()) + " × " + exact(share) + " %" + realPrice,
                kr(line.valueByYear().get(year.year())),
                Phrase.of(
                        realPrice.isEmpty()
                                ? "valuation.working.note.phaseIn"
                                : "valuation.working.note.phaseInRealPrice"));
    }

    /** The year's priced benefits: the sum of the benefits' values. */
    private static Working benefits(Valuation valuation, Valuation.YearLine year) {
        return new Working(
                Phrase.of("valuation.working.benefits"),
                valuation.benefits().isEmpty()
                        ? kr(BigDecimal.ZERO)
                        : String.join(
                                " + ",
                                valuation.benefits().stream()
                                        .map(l -> kr(l.valueByYear().get(year.year())))
                                        .toList()),
                kr(year.benefits()),
                null);
    }

    /** The net: benefits less investment, running costs and the tax financing cost (plus a gain). */
    private static Working net(Valuation.YearLine year) {
        boolean gain = year.taxFinancingCost().signum() < 0;
        return new Working(
                Phrase.of("valuation.working.net"),
                "%s − %s − %s %s %s"
                        .formatted(
                                kr(year.benefits()),
                                kr(year.investment()),
                                kr(year.running()),
                                gain ? "+" : "−",
                                kr(year.taxFinancingCost().abs())),
                kr(year.net()),
                Phrase.of(gain ? "valuation.working.note.netGain" : "valuation.working.note.netCost"));
    }

    /** The discount factor of year t after the base year, as the product of R-109's rates. */
    private static Working discountFactor(Valuation.YearLine year, EconomicSettings settings, int t) {
        return new Working(
                Phrase.of("valuation.working.discountFactor"),
                t >= 0 ? "1 / (" + growth(settings, t) + ")" : growth(settings, t),
                year.discountFactor()
                        .setScale(6, RoundingMode.HALF_EVEN)
                        .toPlainString()
                        .replace('.', ','),
                Phrase.of(
                        "valuation.working.note.discountFactor",
                        String.valueOf(t),
                        String.valueOf(settings.baseYear()),
                        percent(settings.discountRates().get(0)),
                        String.valueOf(FIRST_STEP),
                        percent(settings.discountRates().get(1)),
                        String.valueOf(SECOND_STEP),
                        percent(settings.discountRates().get(2))));
    }

    /** The tax financing effect: a cost when public budgets rise, a gain when released cash makes them fall. */
    private static Working tax(Valuation.YearLine year, EconomicSettings settings) {
        boolean gain = year.taxFinancingCost().signum() < 0;
        return new Working(
                Phrase.of(gain ? "valuation.working.taxGain" : "valuation.working.taxCost"),
                exact(settings.taxFinancingRate()) + " × "
                        + kr(year.publicBudgetEffect().abs()),
                kr(year.taxFinancingCost().abs()),
                Phrase.of(gain ? "valuation.working.note.taxGain" : "valuation.working.note.taxCost"));
    }

    /**
     * The product that discounts over |t| years: each of R-109's rates raised to the years it applies, so that year
     * 41 reads 1,04^40 · 1,03^1.
     */
    static String growth(EconomicSettings settings, int t) {
        int n = Math.abs(t);
        int[] years = {
            Math.min(n, FIRST_STEP),
            Math.min(Math.max(n - FIRST_STEP, 0), SECOND_STEP - FIRST_STEP),
            Math.max(n - SECOND_STEP, 0)
        };
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < years.length; i++) {
            if (years[i] > 0 || (n == 0 && i == 0)) {
                terms.add(exact(BigDecimal.ONE.add(settings.discountRates().get(i))) + "^" + years[i]);
            }
        }
        return String.join(" · ", terms);
    }

    private static String realPrice(PricedBenefit b, EconomicSettings settings, Valuation.YearLine year) {
        if (!(b.model() instanceof CalculationModel.TimeSaving) || !settings.realPriceAdjustment()) {
            return "";
        }
        int n = year.year() - settings.baseYear();
        return " × " + exact(BigDecimal.ONE.add(settings.realPriceGrowth())) + "^" + (n < 0 ? "−" + -n : n);
    }

    /** Kroner to the øre, in Norwegian form. */
    private static String kr(BigDecimal value) {
        return CalculationModel.fmt(value) + " kr";
    }

    /** A rate, share or growth exactly as set: rounding it would make the expression give another value. */
    private static String exact(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String percent(BigDecimal rate) {
        return exact(rate.multiply(BigDecimal.valueOf(100)));
    }
}
