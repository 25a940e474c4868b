package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;

/**
 * The valuation page's derived assumptions show a formula over other names beside the value it gives (a table row:
 * name, value to two decimals, "Avledet: pasienter * andel"). With each name replaced by its value as the page shows
 * it, the formula, read by this test's own parser, evaluates to the value shown, along chains of derived names.
 */
class DerivedAssumptionsShownTest {

    private static final Pattern NAME = Pattern.compile("\\b[a-zæøå_][a-zæøå_0-9]*\\b");

    @Property(tries = 200)
    void everyDerivedFormulaWithTheShownValuesFilledInGivesTheValueShown(
            @ForAll @BigRange(min = "0", max = "500000") BigDecimal patients,
            @ForAll @BigRange(min = "0", max = "1") BigDecimal share,
            @ForAll @BigRange(min = "1", max = "250") BigDecimal divisor) {
        AssumptionBook book = new AssumptionBook()
                .add(Assumption.exactly("pasienter", patients.toPlainString(), "", "prøve"))
                .add(Assumption.exactly("andel", share.toPlainString(), "", "prøve"))
                .add(Assumption.exactly("deler", divisor.toPlainString(), "", "prøve"))
                .derive("aktuelle", "pasienter * andel")
                .derive("per_del", "aktuelle / deler * 0.7")
                .derive("samlet", "(aktuelle + per_del) * 2 - andel * 100");
        Map<String, BigDecimal> values = book.likely();
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((name, value) -> shown.put(name, asShown(value)));
        book.derived().forEach((name, formula) -> {
            String filledIn = filledIn(formula.text(), shown);
            ShownFormula.Value computed = ShownFormula.of(filledIn, ShownFormula.Rounded.EVERY_FIGURE_TO_TWO_DECIMALS);
            BigDecimal tolerance = new BigDecimal("0.005").add(computed.uncertainty());
            assertThat(computed.value()
                            .subtract(ShownFormula.number(shown.get(name)))
                            .abs())
                    .as("%s = %s = %s shown %s", name, formula.text(), filledIn, shown.get(name))
                    .isLessThanOrEqualTo(tolerance);
        });
    }

    /** As the page formats an assumption's value: two decimals, a space between thousands, a decimal comma. */
    private static String asShown(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0.00", symbols).format(value.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** The formula with each name replaced by its value as shown, in parentheses. */
    private static String filledIn(String formula, Map<String, String> shown) {
        Matcher name = NAME.matcher(formula);
        StringBuilder text = new StringBuilder();
        while (name.find()) {
            String value = shown.get(name.group());
            assertThat(value).as("the value shown for %s", name.group()).isNotNull();
            name.appendReplacement(text, Matcher.quoteReplacement("(" + value + ")"));
        }
        return name.appendTail(text).toString();
    }
}
