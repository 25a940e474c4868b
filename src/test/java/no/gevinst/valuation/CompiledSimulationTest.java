package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The compiled Monte Carlo engine against the exact BigDecimal one ({@link Uncertainty#simulateExact}). Both draw the
 * same numbers from the same generators, so their percentiles agree far inside any sampling error: to the last
 * digits of {@code double} (a relative 1e-9 here), which also catches a formula compiled wrongly.
 */
class CompiledSimulationTest {

    private static final double SAME = 1e-9;

    @Test
    void aTimeSavingGivesTheExactEnginesPercentiles() {
        AssumptionBook book = new AssumptionBook()
                .add(new Assumption("timekost", bd("500"), bd("600"), bd("800"), "kr", "", null, null, true))
                .add(new Assumption("personer", bd("900"), bd("1000"), bd("1100"), "", "", null, null, false))
                .add(Assumption.exactly("minutter", "20", "min", ""));
        List<PricedBenefit> benefits = List.of(benefit(
                "Tid",
                BenefitClass.CAPACITY,
                Actor.HEALTH_TRUSTS,
                new CalculationModel.TimeSaving(
                        Formula.parse("personer", "persons"),
                        Formula.parse("minutter", "minutes"),
                        Formula.parse("12", "periods"),
                        Formula.parse("timekost", "hourlyCost"))));
        List<Cost> costs = List.of(new Cost(Cost.Kind.INVESTMENT, Actor.HEALTH_TRUSTS, 2024, bd("1000000")));
        EconomicSettings period = EconomicSettings.defaults(2024, 2028);
        for (Uncertainty.Distribution distribution : Uncertainty.Distribution.values()) {
            assertSame(
                    Uncertainty.simulate(book, period, benefits, costs, distribution, 1_000, 11),
                    Uncertainty.simulateExact(book, period, benefits, costs, distribution, 1_000, 11));
        }
    }

    @Test
    void derivedChainsFormulasCashAndRealPricesGiveTheExactEnginesPercentiles() {
        AssumptionBook book = new AssumptionBook()
                .add(new Assumption("helsepersonell", bd("8000"), bd("10000"), bd("11000"), "", "", null, null, false))
                .add(new Assumption("andel", bd("0.2"), bd("0.3"), bd("0.5"), "", "", null, null, false))
                .add(new Assumption("pris", bd("40"), bd("55"), bd("90"), "kr", "", null, null, false))
                .add(Assumption.exactly("timekost", "700", "kr", ""))
                .derive("personer", "helsepersonell * andel")
                .derive("spart", "IF(personer > 2800, MAX(personer, 3000) * pris, ROUND(SQRT(personer) * pris, 2))");
        List<PricedBenefit> benefits = List.of(
                benefit(
                        "Tid",
                        BenefitClass.CAPACITY,
                        Actor.HEALTH_TRUSTS,
                        new CalculationModel.TimeSaving(
                                Formula.parse("personer", "persons"),
                                Formula.parse("15 / 2", "minutes"),
                                Formula.parse("12", "periods"),
                                Formula.parse("timekost", "hourlyCost"))),
                benefit(
                        "Kutt",
                        BenefitClass.CASH_RELEASING,
                        Actor.OWN_ORGANISATION,
                        new CalculationModel.FormulaModel(Formula.parse("spart * 1.05 ^ 2 - ABS(-1000)", "formula"))),
                benefit(
                        "Forbruk",
                        BenefitClass.OTHER_PUBLIC,
                        Actor.MUNICIPALITIES,
                        new CalculationModel.ReducedConsumption(
                                Formula.parse("AVERAGE(helsepersonell, 9000) / 10", "quantity"),
                                Formula.parse("MIN(pris, 60)", "unitPrice"))));
        List<Cost> costs = List.of(
                new Cost(Cost.Kind.INVESTMENT, Actor.OWN_ORGANISATION, 2024, bd("5000000")),
                new Cost(Cost.Kind.RUNNING, Actor.MUNICIPALITIES, 2025, bd("250000")),
                new Cost(Cost.Kind.RUNNING, Actor.CITIZENS, 2026, bd("10000")),
                new Cost(Cost.Kind.CO_FINANCING, Actor.OWN_ORGANISATION, 2024, bd("2000000")));
        EconomicSettings defaults = EconomicSettings.defaults(2024, 2033);
        EconomicSettings period = new EconomicSettings(
                2023,
                2024,
                2033,
                EconomicSettings.R109_RATES,
                defaults.taxFinancingRate(),
                defaults.realPriceGrowth(),
                true,
                defaults.coFinancingCutShare(),
                defaults.workingHoursPerPerson());
        assertThat(SimulationModel.compile(book, period, benefits, costs, List.of()))
                .as("every formula here compiles")
                .isNotNull();
        for (Uncertainty.Distribution distribution : Uncertainty.Distribution.values()) {
            assertSame(
                    Uncertainty.simulate(book, period, benefits, costs, distribution, 600, 5),
                    Uncertainty.simulateExact(book, period, benefits, costs, distribution, 600, 5));
        }
    }

    @Test
    void aFormulaTheCompilerLeavesAloneIsSimulatedExactly() {
        AssumptionBook book = new AssumptionBook()
                .add(new Assumption("antall", bd("100"), bd("120"), bd("200"), "", "", null, null, false));
        List<PricedBenefit> benefits = List.of(benefit(
                "Rest",
                BenefitClass.CASH_RELEASING,
                Actor.OWN_ORGANISATION,
                new CalculationModel.FormulaModel(Formula.parse("antall * 1000 + antall % 7", "formula"))));
        EconomicSettings period = EconomicSettings.defaults(2024, 2026);
        assertThat(SimulationModel.compile(book, period, benefits, List.of(), List.of()))
                .isNull();
        assertThat(Uncertainty.simulate(book, period, benefits, List.of(), Uncertainty.Distribution.PERT, 200, 3))
                .isEqualTo(Uncertainty.simulateExact(
                        book, period, benefits, List.of(), Uncertainty.Distribution.PERT, 200, 3));
    }

    @Test
    void aDrawTheExactEngineRefusesIsRefusedAsItWas() {
        // The new price can exceed the old one in some draws, and a negative saving is no input the exact engine takes.
        AssumptionBook book = new AssumptionBook()
                .add(new Assumption("gammel", bd("100"), bd("120"), bd("140"), "", "", null, null, false))
                .add(new Assumption("ny", bd("90"), bd("100"), bd("150"), "", "", null, null, false));
        List<PricedBenefit> benefits = List.of(benefit(
                "Avtale",
                BenefitClass.CASH_RELEASING,
                Actor.OWN_ORGANISATION,
                new CalculationModel.AvoidedYearlyCost(Formula.parse("gammel - ny", "amount"))));
        EconomicSettings period = EconomicSettings.defaults(2024, 2026);
        assertThatThrownBy(() -> Uncertainty.simulateExact(
                        book, period, benefits, List.of(), Uncertainty.Distribution.TRIANGULAR, 1_000, 9))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Uncertainty.simulate(
                        book, period, benefits, List.of(), Uncertainty.Distribution.TRIANGULAR, 1_000, 9))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.field())
                        .containsExactly("amount"));
    }

    @Test
    void theSameSeedGivesTheSamePercentilesOnOneThreadAsOnMany() throws Exception {
        AssumptionBook book = new AssumptionBook();
        List<PricedBenefit> benefits = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            book.add(
                    new Assumption("n" + i, bd("10"), bd(String.valueOf(20 + i)), bd("60"), "", "", null, null, false));
            benefits.add(benefit(
                    "B" + i,
                    BenefitClass.OTHER_PUBLIC,
                    Actor.OTHER_STATE,
                    new CalculationModel.AvoidedTasks(Formula.parse("n" + i, "count"), Formula.parse("250", "cost"))));
        }
        EconomicSettings period = EconomicSettings.defaults(2025, 2034);
        Uncertainty.Simulation many =
                Uncertainty.simulate(book, period, benefits, List.of(), Uncertainty.Distribution.PERT, 5_000, 77);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            Uncertainty.Simulation single = one.submit(() -> Uncertainty.simulate(
                            book, period, benefits, List.of(), Uncertainty.Distribution.PERT, 5_000, 77))
                    .get();
            assertThat(single).isEqualTo(many);
        } finally {
            one.shutdown();
        }
    }

    private static void assertSame(Uncertainty.Simulation fast, Uncertainty.Simulation exact) {
        assertClose(fast.netPresentValue(), exact.netPresentValue());
        assertThat(fast.benefitsByYear().keySet())
                .containsExactlyElementsOf(exact.benefitsByYear().keySet());
        exact.benefitsByYear()
                .forEach((year, p) -> assertClose(fast.benefitsByYear().get(year), p));
    }

    private static void assertClose(Uncertainty.Percentiles fast, Uncertainty.Percentiles exact) {
        for (double[] pair :
                List.of(new double[] {fast.p10(), exact.p10()}, new double[] {fast.p50(), exact.p50()}, new double[] {
                    fast.p90(), exact.p90()
                })) {
            assertThat(pair[0])
                    .isCloseTo(pair[1], org.assertj.core.data.Offset.offset(SAME * Math.abs(pair[1]) + 1e-6));
        }
    }

    private static PricedBenefit benefit(String name, BenefitClass c, Actor actor, CalculationModel model) {
        return new PricedBenefit(
                BenefitId.newId(), name, c, actor, model, PhaseIn.increases(2024, List.of("30", "30", "40")));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
