package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.shared.BenefitId;
import org.junit.jupiter.api.Test;

/**
 * The workings on the valuation page say what they compute: each line as shown, in bokmål and in English, is read by
 * a parser of this test's own ({@link ShownFormula}), and its expression evaluates to the value shown beside it, for
 * drawn settings and years up to 120 after the base year (past R-109's steps at 40 and 75). The same holds for the
 * benefit models' workings ("personer × min × perioder ÷ 60 = timer; timer × kr per time = kr"); their words come
 * from the bundles, in both languages.
 */
class YearWorkingsTest {

    private static final List<Locale> LANGUAGES = List.of(Bundles.BOKMAL, Locale.ENGLISH);

    /** Half an øre: kroner are shown to the øre. */
    private static final BigDecimal HALF_ORE = new BigDecimal("0.005");

    @Test
    void yearFortyOneIsDiscountedAtFourPercentForFortyYearsAndThreeForOne() {
        EconomicSettings s = EconomicSettings.defaults(2025, 2075);
        Valuation v = ValuationEngine.value(s, List.of(), List.of(), Map.of());
        Valuation.YearLine y = v.years().get(41);
        assertThat(y.year()).isEqualTo(2066);
        String line = YearWorkings.of(v, y, s, Bundles.MESSAGES, Bundles.BOKMAL).stream()
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
                        BenefitId.newId(),
                        "Frigjorte kroner",
                        BenefitClass.CASH_RELEASING,
                        Actor.OWN_ORGANISATION,
                        new CalculationModel.AvoidedYearlyCost(Formula.parse(cash + " / 7", "amount")),
                        PhaseIn.increases(first, steps)),
                new PricedBenefit(
                        BenefitId.newId(),
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
                for (Locale locale : LANGUAGES) {
                    String label = w.label().in(Bundles.MESSAGES, locale);
                    String note = w.note() == null ? "" : " " + w.note().in(Bundles.MESSAGES, locale);
                    String shown = w.text(Bundles.MESSAGES, locale);
                    assertThat(shown).startsWith(label + " = ").endsWith(note);
                    String sides = shown.substring(label.length() + 3, shown.length() - note.length());
                    int equals = sides.lastIndexOf(" = ");
                    assertEvaluatesTo(
                            sides.substring(0, equals),
                            sides.substring(equals + 3),
                            ShownFormula.Rounded.KRONER_TO_THE_ORE,
                            shown + " (year " + year.year() + ")");
                }
            }
        }
    }

    @Property(tries = 100)
    void everyModelsWorkingsEvaluateToTheValuesShown(
            @ForAll @BigRange(min = "0", max = "250000") BigDecimal persons,
            @ForAll @BigRange(min = "0", max = "600") BigDecimal minutes,
            @ForAll @BigRange(min = "0", max = "365") BigDecimal periods,
            @ForAll @BigRange(min = "0", max = "5000") BigDecimal hourlyCost,
            @ForAll @BigRange(min = "0", max = "90000000") BigDecimal older,
            @ForAll @BigRange(min = "0", max = "90000000") BigDecimal newer,
            @ForAll @IntRange(min = 1, max = 999) int divisor) {
        Map<String, BigDecimal> none = Map.of();
        List<CalculationModel> models = List.of(
                new CalculationModel.TimeSaving(
                        literal(persons), literal(minutes), literal(periods), literal(hourlyCost)),
                new CalculationModel.AvoidedTasks(literal(persons), literal(hourlyCost)),
                new CalculationModel.ReducedConsumption(literal(minutes), literal(older)),
                new CalculationModel.RenegotiatedContract(literal(older), literal(newer)),
                new CalculationModel.AvoidedYearlyCost(
                        Formula.parse(older.toPlainString() + " / " + divisor, "amount")),
                new CalculationModel.FormulaModel(
                        Formula.parse(persons.toPlainString() + " * " + hourlyCost.toPlainString(), "formula")));
        for (CalculationModel model : models) {
            ModelResult result = model.evaluate(none);
            for (Locale locale : LANGUAGES) {
                String shown = result.workings().in(Bundles.MESSAGES, locale);
                // Each step of the chain: "expression = value", the steps apart by "; ".
                for (String step : shown.split("; ")) {
                    int equals = step.lastIndexOf(" = ");
                    assertThat(equals).as(shown).isPositive();
                    assertEvaluatesTo(
                            step.substring(0, equals),
                            step.substring(equals + 3),
                            ShownFormula.Rounded.EVERY_FIGURE_TO_TWO_DECIMALS,
                            shown);
                }
                // The last step's value is the model's kroner, as shown to the øre.
                String last = shown.substring(shown.lastIndexOf(" = ") + 3);
                assertThat(last).endsWith(" kr");
                assertThat(ShownFormula.number(last.replace(" kr", ""))
                                .subtract(result.nokPerYear())
                                .abs())
                        .as(shown)
                        .isLessThanOrEqualTo(HALF_ORE);
            }
        }
    }

    @Test
    void theWorkingsWordsAreInBothBundlesAndTheEnglishOnesAreEnglish() throws IOException {
        Properties bokmal = bundle("/messages.properties");
        Properties english = bundle("/messages_en.properties");
        List<String> keys = bokmal.stringPropertyNames().stream()
                .filter(k -> k.startsWith("valuation.working."))
                .sorted()
                .toList();
        assertThat(keys).hasSizeGreaterThan(15);
        assertThat(english.stringPropertyNames()).containsAll(keys);
        for (String key : keys) {
            assertThat(english.getProperty(key)).as(key).doesNotContainPattern("[æøåÆØÅ]|personer|timer|perioder");
        }
        ModelResult time = new CalculationModel.TimeSaving(
                        literal(new BigDecimal("10")),
                        literal(new BigDecimal("25")),
                        literal(new BigDecimal("12")),
                        literal(new BigDecimal("600")))
                .evaluate(Map.of());
        assertThat(time.workings().in(Bundles.MESSAGES, Bundles.BOKMAL))
                .isEqualTo(
                        "10 personer × 25 min × 12 perioder ÷ 60 = 50 timer; 50 timer × 600 kr per time = 30\u00a0000 kr");
        assertThat(time.workings().in(Bundles.MESSAGES, Locale.ENGLISH))
                .isEqualTo(
                        "10 persons × 25 min × 12 periods ÷ 60 = 50 hours; 50 hours × 600 kr per hour = 30\u00a0000 kr");
    }

    /** The expression evaluates to the value shown, within what the rounding of the figures shown allows. */
    private static void assertEvaluatesTo(
            String expression, String valueShown, ShownFormula.Rounded rounded, String as) {
        ShownFormula.Value computed = ShownFormula.of(expression, rounded);
        ShownFormula.Value shown = ShownFormula.of(valueShown, rounded);
        BigDecimal tolerance =
                valueShown.endsWith(" kr") || rounded == ShownFormula.Rounded.EVERY_FIGURE_TO_TWO_DECIMALS
                        ? HALF_ORE.add(computed.uncertainty())
                        : BigDecimal.ONE.movePointLeft(decimals(valueShown)).divide(BigDecimal.TWO);
        tolerance = tolerance.add(shown.value().abs().multiply(new BigDecimal("1e-12")));
        assertThat(computed.value().subtract(shown.value()).abs())
                .as("%s: %s evaluates to %s", as, expression, computed.value())
                .isLessThanOrEqualTo(tolerance);
    }

    private static Formula literal(BigDecimal value) {
        return Formula.parse(value.toPlainString(), "value");
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = YearWorkingsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static BigDecimal bp(int basisPoints) {
        return BigDecimal.valueOf(basisPoints).movePointLeft(4);
    }

    private static int decimals(String shown) {
        int comma = shown.indexOf(',');
        return comma < 0 ? 0 : shown.length() - comma - 1;
    }
}
