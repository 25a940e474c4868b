package no.gevinst.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.valuation.Actor;
import no.gevinst.valuation.Assumption;
import no.gevinst.valuation.AssumptionBook;
import no.gevinst.valuation.CalculationModel;
import no.gevinst.valuation.Cost;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.Formula;
import no.gevinst.valuation.PhaseIn;
import no.gevinst.valuation.PricedBenefit;
import no.gevinst.valuation.Uncertainty;
import org.junit.jupiter.api.Test;

/**
 * 10 000 Monte Carlo draws over 200 priced benefits and a 10-year period, each benefit a time saving over its own
 * uncertain assumptions. Run with {@code ./mvnw -Pbenchmark verify -Dit.test=MonteCarloBenchmark}.
 */
class MonteCarloBenchmark {

    private static final int BENEFITS = 200;
    private static final int DRAWS = Integer.getInteger("gevinst.benchmark.draws", 10_000);

    @Test
    void tenThousandDrawsOverTwoHundredBenefits() {
        AssumptionBook book = new AssumptionBook()
                .add(new Assumption("timekost", bd(500), bd(600), bd(800), "kr", "", null, null, true));
        List<PricedBenefit> benefits = new ArrayList<>();
        for (int i = 0; i < BENEFITS; i++) {
            book.add(new Assumption("personer_" + i, bd(80 + i), bd(100 + i), bd(130 + i), "", "", null, null, false));
            book.add(new Assumption("minutter_" + i, bd(10), bd(15), bd(25), "", "", null, null, false));
            benefits.add(new PricedBenefit(
                    "Gevinst " + i,
                    BenefitClass.CAPACITY,
                    Actor.HEALTH_TRUSTS,
                    new CalculationModel.TimeSaving(
                            Formula.parse("personer_" + i, "persons"), Formula.parse("minutter_" + i, "minutes"),
                            Formula.parse("12", "periods"), Formula.parse("timekost", "hourlyCost")),
                    PhaseIn.increases(2026 + i % 3, List.of("20", "30", "50"))));
        }
        List<Cost> costs = List.of(new Cost(Cost.Kind.INVESTMENT, Actor.HEALTH_TRUSTS, 2026, bd(50_000_000)));
        EconomicSettings period = EconomicSettings.defaults(2026, 2035);

        Uncertainty.simulate(book, period, benefits, costs, Uncertainty.Distribution.PERT, 200, 1); // warm-up
        long start = System.nanoTime();
        var result = Uncertainty.simulate(book, period, benefits, costs, Uncertainty.Distribution.PERT, DRAWS, 2026);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(
                "%nMonte Carlo benchmark: %,d draws, %d priced benefits, 10 years, %d cores%n",
                DRAWS, BENEFITS, Runtime.getRuntime().availableProcessors());
        System.out.printf("| %-24s | %16s |%n", "figure", "value");
        System.out.printf("|%s|%s|%n", "-".repeat(26), "-".repeat(18));
        System.out.printf("| %-24s | %16.1f |%n", "seconds", seconds);
        System.out.printf("| %-24s | %,16.0f |%n", "draws per second", DRAWS / seconds);
        System.out.printf(
                "| %-24s | %,16.0f |%n",
                "NPV P10 (kr)", result.netPresentValue().p10());
        System.out.printf(
                "| %-24s | %,16.0f |%n",
                "NPV P50 (kr)", result.netPresentValue().p50());
        System.out.printf(
                "| %-24s | %,16.0f |%n",
                "NPV P90 (kr)", result.netPresentValue().p90());
        System.out.println();
    }

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
