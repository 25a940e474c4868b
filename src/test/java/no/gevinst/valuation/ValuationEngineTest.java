package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Worked examples computed by hand in the comments; the engine must agree. */
class ValuationEngineTest {

    /**
     * Seed 004: 70 % of costs → 70 % of health personnel with 3+ years of education; half of them can save time;
     * 15 % of those, 9 949 persons, take it up by 2030. The whole group is back-computed:
     * 9 949 / (0.70 × 0.50 × 0.15) = 189 504.76, rounded to 189 505, which gives 9 949.0125 persons.
     */
    private static AssumptionBook dbep() {
        return new AssumptionBook()
                .add(Assumption.exactly("helsepersonell", "189505", "personer", "Tilbakeregnet fra brevets 9 949"))
                .add(Assumption.exactly("andel_malgruppe", "0.70", "andel", "Brevet: 70 % av kostnadene"))
                .add(Assumption.exactly("andel_med_besparelse", "0.50", "andel", "Brevet: halvparten"))
                .add(Assumption.exactly("andel_tatt_i_bruk", "0.15", "andel", "Brevet: 15 % innen 2030"))
                .add(new Assumption(
                        "timekost",
                        new BigDecimal("500"),
                        new BigDecimal("600"),
                        new BigDecimal("700"),
                        "kr per time",
                        "Demoverdi",
                        null,
                        null,
                        true))
                .derive("personer", "helsepersonell * andel_malgruppe * andel_med_besparelse * andel_tatt_i_bruk");
    }

    private static CalculationModel dbepTimeSaving() {
        return new CalculationModel.TimeSaving(
                Formula.parse("personer", "persons"),
                Formula.parse("25", "minutesPerPeriod"),
                Formula.parse("12", "periodsPerYear"),
                Formula.parse("timekost", "hourlyCost"));
    }

    @Test
    void dbepHoursPerYearFollowTheLettersChain() {
        // 189 505 × 0.7 × 0.5 × 0.15 = 9 949.0125 persons; × 25 min × 12 months ÷ 60 = 49 745.0625 hours a year;
        // × 600 kr = 29 847 037.50 kr at full effect.
        Map<String, BigDecimal> values = dbep().likely();
        assertThat(values.get("personer")).isEqualByComparingTo("9949.0125");
        ModelResult full = dbepTimeSaving().evaluate(values);
        assertThat(full.hoursPerYear()).isEqualByComparingTo("49745.0625");
        assertThat(full.nokPerYear()).isEqualByComparingTo("29847037.5");
        assertThat(full.workings().in(Bundles.MESSAGES, Bundles.BOKMAL))
                .contains("25 min")
                .contains("600 kr");
    }

    @Test
    void dbepPhaseInFollowsTheLetter() {
        // 5 % in 2022, 11 % in 2023, 12 % a year for 2024–2030: 5, 16, 28, 40, 52, 64, 76, 88, 100.
        PhaseIn phaseIn = PhaseIn.increases(2022, List.of("5", "11", "12", "12", "12", "12", "12", "12", "12"));
        assertThat(phaseIn.cumulative())
                .extracting(BigDecimal::intValue)
                .containsExactly(5, 16, 28, 40, 52, 64, 76, 88, 100);
        // 2026: 52 % of 49 745.0625 hours = 25 867.4325 hours, worth 15 520 459.50 kr at 600 kr.
        Valuation v = ValuationEngine.value(
                EconomicSettings.defaults(2022, 2030),
                List.of(new PricedBenefit(
                        BenefitId.newId(),
                        "Tidsbesparelse",
                        BenefitClass.CAPACITY,
                        Actor.MUNICIPALITIES,
                        dbepTimeSaving(),
                        phaseIn)),
                List.of(),
                dbep().likely());
        Valuation.YearLine y2026 = v.years().get(4);
        assertThat(y2026.year()).isEqualTo(2026);
        assertThat(y2026.hoursFreed()).isEqualByComparingTo("25867.4325");
        assertThat(y2026.benefits()).isEqualByComparingTo("15520459.5");
    }

    @Test
    void netPresentValueByTheStatesRulesOverThreeYears() {
        // A 100 000 kr/yr capacity benefit from 2024; investment 150 000 (2024); running 10 000 a year; all public.
        // 2024: net 100 000 − 160 000 − 0.2 × 160 000 = −92 000, factor 1.
        // 2025: net 100 000 − 10 000 − 2 000 = 88 000, factor 1/1.04 → 84 615.384615.
        // 2026: net 88 000 × 1/1.04² → 81 360.946746.   NPV = 73 976.331361.
        // Present benefits 100 000 + 96 153.846154 + 92 455.621302 = 288 609.467456;
        // present costs with the tax financing cost 192 000 + 11 538.461538 + 11 094.674556 = 214 633.136095; ratio
        // 1.344664. Per invested krone 73 976.331361 / 150 000 = 0.493176. Cumulative net −92 000, −4 000, +84 000:
        // 2026. The tax financing cost is its own line, not part of the costs (issue 16): present costs are the
        // investment and running costs alone, 160 000 + 10 000/1.04 + 10 000/1.04² = 160 000 + 9 615.384615 +
        // 9 245.562130 = 178 860.946746, and the tax line 32 000 + 2 000/1.04 + 2 000/1.04² = 32 000 + 1 923.076923 +
        // 1 849.112426 = 35 772.189349; together the 214 633.136095 above, so the ratio is unchanged. Discounted, the
        // cumulative net is −92 000, −92 000 + 84 615.384615 = −7 384.615385, + 81 360.946746 = 73 976.331361: 2026.
        List<Cost> costs = List.of(
                new Cost(Cost.Kind.INVESTMENT, Actor.OWN_ORGANISATION, 2024, new BigDecimal("150000")),
                new Cost(Cost.Kind.RUNNING, Actor.OWN_ORGANISATION, 2024, new BigDecimal("10000")),
                new Cost(Cost.Kind.RUNNING, Actor.OWN_ORGANISATION, 2025, new BigDecimal("10000")),
                new Cost(Cost.Kind.RUNNING, Actor.OWN_ORGANISATION, 2026, new BigDecimal("10000")));
        Valuation v = ValuationEngine.value(
                EconomicSettings.defaults(2024, 2026),
                List.of(yearly("100000", BenefitClass.CAPACITY)),
                costs,
                Map.of());

        assertThat(v.years())
                .extracting(Valuation.YearLine::net)
                .extracting(BigDecimal::intValue)
                .containsExactly(-92_000, 88_000, 88_000);
        Valuation.EconomicResult r = v.result();
        assertThat(r.netPresentValue().doubleValue()).isCloseTo(73_976.331361, Offset.offset(1e-5));
        assertThat(r.presentBenefits().doubleValue()).isCloseTo(288_609.467456, Offset.offset(1e-5));
        assertThat(r.presentCosts().doubleValue()).isCloseTo(178_860.946746, Offset.offset(1e-5));
        assertThat(r.presentTaxFinancing().doubleValue()).isCloseTo(35_772.189349, Offset.offset(1e-5));
        assertThat(r.presentCosts().add(r.presentTaxFinancingCost()).doubleValue())
                .isCloseTo(214_633.136095, Offset.offset(1e-5));
        assertThat(r.benefitCostRatio().doubleValue()).isCloseTo(1.344664, Offset.offset(1e-6));
        assertThat(r.npvPerInvestedKrone().doubleValue()).isCloseTo(0.493176, Offset.offset(1e-6));
        assertThat(r.paybackYear()).isEqualTo(2026);
        assertThat(r.discountedPaybackYear()).isEqualTo(2026);

        // The workings of 2025 write the same arithmetic out with its values.
        List<String> workings = YearWorkings.of(
                        v, v.years().get(1), EconomicSettings.defaults(2024, 2026), Bundles.MESSAGES, Bundles.BOKMAL)
                .stream()
                .map(line -> line.replace('\u00a0', ' '))
                .toList();
        assertThat(workings)
                .contains(
                        "Årlig = 100 000 kr × 100 % = 100 000 kr (full effekt × innfaset andel)",
                        "Netto = 100 000 kr − 0 kr − 10 000 kr − 2 000 kr = 88 000 kr"
                                + " (nytte − investering − drift − skattefinansieringskostnad)",
                        "Diskonteringsfaktor = 1 / (1,04^1) = 0,961538"
                                + " (år 1 etter basisåret 2024; 4 % til år 40, 3 % til år 75, 2 % deretter)",
                        "Nåverdi = 88 000 kr / (1,04^1) = 84 615,38 kr (netto × diskonteringsfaktor)");
        assertThat(workings)
                .anySatisfy(
                        line -> assertThat(line).startsWith("Skattefinansieringskostnad = 0,2 × 10 000 kr = 2 000 kr"));
    }

    @Test
    void cashReleasedInAPublicBodyReducesTheTaxFinancingCost() {
        // 100 000 kr cash released in the own organisation against 40 000 running: budget effect −60 000, tax −12 000,
        // net 100 000 − 40 000 + 12 000 = 72 000.
        Valuation v = ValuationEngine.value(
                EconomicSettings.defaults(2024, 2024),
                List.of(yearly("100000", BenefitClass.CASH_RELEASING)),
                List.of(new Cost(Cost.Kind.RUNNING, Actor.OWN_ORGANISATION, 2024, new BigDecimal("40000"))),
                Map.of());
        Valuation.YearLine y = v.years().getFirst();
        assertThat(y.publicBudgetEffect()).isEqualByComparingTo("-60000");
        assertThat(y.taxFinancingCost()).isEqualByComparingTo("-12000");
        assertThat(y.net()).isEqualByComparingTo("72000");
        // Without co-financing nothing is cut (issue 16: budget cuts are Digdir's condition for co-financing).
        assertThat(y.budgetCut()).isZero();
        // The tax financing gain is its own line: present costs 40 000 (never negative), the tax line −12 000, and
        // benefit/cost (100 000 + 12 000) / 40 000 = 2.8 rather than missing.
        assertThat(v.result().presentCosts()).isEqualByComparingTo("40000");
        assertThat(v.result().presentTaxFinancing()).isEqualByComparingTo("-12000");
        assertThat(v.result().benefitCostRatio()).isEqualByComparingTo("2.8");

        // With co-financing received by the own organisation, half its net internal gain of 100 000 − 40 000 = 60 000
        // is cut: 30 000. The co-financing itself is a transfer: the net stays 72 000.
        Valuation coFinanced = ValuationEngine.value(
                EconomicSettings.defaults(2024, 2024),
                List.of(yearly("100000", BenefitClass.CASH_RELEASING)),
                List.of(
                        new Cost(Cost.Kind.RUNNING, Actor.OWN_ORGANISATION, 2024, new BigDecimal("40000")),
                        new Cost(Cost.Kind.CO_FINANCING, Actor.OWN_ORGANISATION, 2024, new BigDecimal("50000"))),
                Map.of());
        Valuation.YearLine c = coFinanced.years().getFirst();
        assertThat(c.net()).isEqualByComparingTo("72000");
        assertThat(c.budgetCutBasis()).isEqualByComparingTo("60000");
        assertThat(c.budgetCut()).isEqualByComparingTo("30000");
        assertThat(coFinanced.result().budgetCuts()).isEqualByComparingTo("30000");
    }

    @Test
    void budgetCutsFallOnlyOnTheActorsThatReceiveCoFinancing() {
        // Co-financing goes to another state body; the 100 000 kr released in the own organisation is not its gain,
        // so nothing is cut.
        Valuation v = ValuationEngine.value(
                EconomicSettings.defaults(2024, 2024),
                List.of(yearly("100000", BenefitClass.CASH_RELEASING)),
                List.of(new Cost(Cost.Kind.CO_FINANCING, Actor.OTHER_STATE, 2024, new BigDecimal("50000"))),
                Map.of());
        assertThat(v.years().getFirst().budgetCut()).isZero();
        assertThat(v.result().budgetCuts()).isZero();
    }

    @Test
    void twoBenefitsWithOneNameKeepTheirOwnIdsAndValues() {
        PricedBenefit small = yearly("100000", BenefitClass.CASH_RELEASING);
        PricedBenefit large = yearly("250000", BenefitClass.CASH_RELEASING);
        assertThat(small.name()).isEqualTo(large.name());
        Valuation v = ValuationEngine.value(
                EconomicSettings.defaults(2024, 2025), List.of(small, large), List.of(), Map.of());
        assertThat(v.benefits()).extracting(line -> line.benefit().id()).containsExactly(small.id(), large.id());
        assertThat(v.benefits().get(0).valueByYear().get(2025)).isEqualByComparingTo("100000");
        assertThat(v.benefits().get(1).valueByYear().get(2025)).isEqualByComparingTo("250000");
    }

    @Test
    void discountedPaybackComesLaterThanUndiscounted() {
        // Investment 200 000 in 2024, 105 000 a year of capacity from 2025, all in citizens (no tax financing).
        // Undiscounted: −200 000, −95 000, +10 000 → 2026. Discounted: −200 000, + 105 000/1.04 = 100 961.538462 →
        // −99 038.461538, + 105 000/1.04² = 97 078.402367 → −1 960.059172, + 105 000/1.04³ = 93 344.617661 →
        // 91 384.558489: 2027.
        PricedBenefit benefit = new PricedBenefit(
                BenefitId.newId(),
                "Årlig",
                BenefitClass.CAPACITY,
                Actor.CITIZENS,
                new CalculationModel.AvoidedYearlyCost(Formula.number(new BigDecimal("105000"), "amount")),
                PhaseIn.immediate(2025));
        Valuation v = ValuationEngine.value(
                EconomicSettings.defaults(2024, 2027),
                List.of(benefit),
                List.of(new Cost(Cost.Kind.INVESTMENT, Actor.CITIZENS, 2024, new BigDecimal("200000"))),
                Map.of());
        assertThat(v.result().paybackYear()).isEqualTo(2026);
        assertThat(v.result().discountedPaybackYear()).isEqualTo(2027);
        assertThat(v.result().netPresentValue().doubleValue()).isCloseTo(91_384.558489, Offset.offset(1e-5));
    }

    @Test
    void discountRatesDeclineAfterFortyAndSeventyFiveYears() {
        EconomicSettings s = EconomicSettings.defaults(2025, 2125);
        assertThat(s.discountFactor(2025 + 40).doubleValue()).isCloseTo(1 / Math.pow(1.04, 40), Offset.offset(1e-12));
        assertThat(s.discountFactor(2025 + 41).doubleValue())
                .isCloseTo(1 / (Math.pow(1.04, 40) * 1.03), Offset.offset(1e-12));
        assertThat(s.discountFactor(2025 + 76).doubleValue())
                .isCloseTo(1 / (Math.pow(1.04, 40) * Math.pow(1.03, 35) * 1.02), Offset.offset(1e-12));
    }

    @Test
    void badModelsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> PhaseIn.cumulative(2022, List.of("40", "80", "120")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "phaseIn.cumulative[2]", "valuation.phaseIn.over100")));
        assertThatThrownBy(() -> PhaseIn.increases(2022, List.of("60", "50")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("valuation.phaseIn.over100"));
        CalculationModel unknownName =
                new CalculationModel.FormulaModel(Formula.parse("antall * pris_per_stk", "formula"));
        assertThatThrownBy(() -> unknownName.evaluate(Map.of("antall", BigDecimal.TEN)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "formula", "valuation.formula.unknownName")));
        CalculationModel negative = new CalculationModel.TimeSaving(
                Formula.parse("-5", "persons"), Formula.parse("10", "minutesPerPeriod"),
                Formula.parse("12", "periodsPerYear"), Formula.parse("600", "hourlyCost"));
        assertThatThrownBy(() -> negative.evaluate(Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("persons", "valuation.model.negative")));
        CalculationModel byZero = new CalculationModel.FormulaModel(Formula.parse("100 / antall", "formula"));
        assertThatThrownBy(() -> byZero.evaluate(Map.of("antall", BigDecimal.ZERO)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("valuation.formula.divisionByZero"));
        assertThatThrownBy(() -> Formula.parse("2 * (3 +", "formula"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("valuation.formula.syntax"));
    }

    @Test
    void aCircularChainOfDerivedValuesIsRefused() {
        AssumptionBook book = new AssumptionBook()
                .add(Assumption.exactly("x", "1", "", ""))
                .derive("a", "b + x")
                .derive("b", "c * 2")
                .derive("c", "a - 1");
        assertThatThrownBy(book::likely)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.messageKey()).isEqualTo("valuation.formula.circular");
                            assertThat(v.arguments()).containsExactly("a → b → c → a");
                        }));
    }

    /** With a zero discount rate the net present value is the plain sum of the yearly nets. */
    @Property(tries = 200)
    void aZeroDiscountRateMakesNpvThePlainSum(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 5_000_000) Integer> benefits,
            @ForAll @IntRange(min = 0, max = 20_000_000) int investment) {
        int first = 2025;
        List<PricedBenefit> lines = new ArrayList<>();
        for (int i = 0; i < benefits.size(); i++) {
            lines.add(new PricedBenefit(
                    BenefitId.newId(),
                    "b" + i,
                    BenefitClass.CAPACITY,
                    Actor.HEALTH_TRUSTS,
                    new CalculationModel.AvoidedYearlyCost(
                            Formula.number(BigDecimal.valueOf(benefits.get(i)), "amount")),
                    PhaseIn.immediate(first + i)));
        }
        EconomicSettings zero = EconomicSettings.defaults(first, first + 11)
                .withDiscountRates(List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        Valuation v = ValuationEngine.value(
                zero,
                lines,
                List.of(new Cost(Cost.Kind.INVESTMENT, Actor.HEALTH_TRUSTS, first, BigDecimal.valueOf(investment))),
                Map.of());
        BigDecimal plainSum = v.years().stream().map(Valuation.YearLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(v.result().netPresentValue()).isEqualByComparingTo(plainSum);
    }

    /** Adding any benefit line with a positive value raises the net present value. */
    @Property(tries = 200)
    void npvRisesWithEveryBenefitLine(
            @ForAll @IntRange(min = 1, max = 10_000_000) int value,
            @ForAll @IntRange(min = 2020, max = 2030) int start) {
        EconomicSettings s = EconomicSettings.defaults(2020, 2030);
        List<Cost> costs =
                List.of(new Cost(Cost.Kind.INVESTMENT, Actor.OWN_ORGANISATION, 2020, new BigDecimal("1000000")));
        List<PricedBenefit> base = List.of(yearly("250000", BenefitClass.CAPACITY));
        List<PricedBenefit> more = new ArrayList<>(base);
        more.add(new PricedBenefit(
                BenefitId.newId(),
                "ny",
                BenefitClass.OTHER_PUBLIC,
                Actor.MUNICIPALITIES,
                new CalculationModel.AvoidedYearlyCost(Formula.number(BigDecimal.valueOf(value), "amount")),
                PhaseIn.immediate(start)));
        BigDecimal before =
                ValuationEngine.value(s, base, costs, Map.of()).result().netPresentValue();
        BigDecimal after =
                ValuationEngine.value(s, more, costs, Map.of()).result().netPresentValue();
        assertThat(after).isGreaterThan(before);
    }

    /** Increases and cumulative shares describe the same phase-in: the increases add up to each cumulative share. */
    @Property(tries = 200)
    void phaseInSharesAddUpAsDeclared(
            @ForAll @Size(min = 1, max = 15) List<@IntRange(min = 0, max = 6) Integer> steps) {
        List<String> increases = steps.stream().map(String::valueOf).toList();
        PhaseIn phaseIn = PhaseIn.increases(2022, increases);
        BigDecimal running = BigDecimal.ZERO;
        for (int i = 0; i < steps.size(); i++) {
            running = running.add(BigDecimal.valueOf(steps.get(i)));
            assertThat(phaseIn.cumulative().get(i)).isEqualByComparingTo(running);
            assertThat(phaseIn.increases().get(i)).isEqualByComparingTo(BigDecimal.valueOf(steps.get(i)));
            assertThat(phaseIn.fraction(2022 + i)).isEqualByComparingTo(running.divide(BigDecimal.valueOf(100)));
        }
        assertThat(PhaseIn.cumulative(
                        2022,
                        phaseIn.cumulative().stream()
                                .map(BigDecimal::toPlainString)
                                .toList()))
                .isEqualTo(phaseIn);
    }

    private static PricedBenefit yearly(String amount, BenefitClass benefitClass) {
        return new PricedBenefit(
                BenefitId.newId(),
                "Årlig",
                benefitClass,
                Actor.OWN_ORGANISATION,
                new CalculationModel.AvoidedYearlyCost(Formula.number(new BigDecimal(amount), "amount")),
                PhaseIn.immediate(2024));
    }
}
