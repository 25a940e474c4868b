package no.gevinst.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.shared.BenefitId;
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
 * uncertain assumptions. Run with {@code ./mvnw -Pbenchmark verify -Dit.test=MonteCarloBenchmark}. Target: under 1 s
 * on 2 cores. Prints, from the same run, a plain loop over {@code double} arrays doing the yearly sums' multiply-adds
 * (draws × benefits × years) as the floor, and the exact BigDecimal engine on a twentieth of the draws.
 */
class MonteCarloBenchmark {

    private static final int BENEFITS = 200;
    private static final int DRAWS = Integer.getInteger("gevinst.benchmark.draws", 10_000);
    private static final int RUNS = Integer.getInteger("gevinst.benchmark.runs", 5);

    @Test
    void tenThousandDrawsOverTwoHundredBenefits() {
        AssumptionBook book = new AssumptionBook()
                .add(new Assumption("timekost", bd(500), bd(600), bd(800), "kr", "", null, null, true));
        List<PricedBenefit> benefits = new ArrayList<>();
        for (int i = 0; i < BENEFITS; i++) {
            book.add(new Assumption("personer_" + i, bd(80 + i), bd(100 + i), bd(130 + i), "", "", null, null, false));
            book.add(new Assumption("minutter_" + i, bd(10), bd(15), bd(25), "", "", null, null, false));
            benefits.add(new PricedBenefit(
                    BenefitId.newId(),
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

        for (int i = 0; i < 3; i++) { // warm-up
            Uncertainty.simulate(book, period, benefits, costs, Uncertainty.Distribution.PERT, DRAWS, i);
            baseline(DRAWS, BENEFITS, 10);
        }
        double[] seconds = new double[RUNS];
        Uncertainty.Simulation result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = Uncertainty.simulate(book, period, benefits, costs, Uncertainty.Distribution.PERT, DRAWS, 2026);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        double[] floor = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            baseline(DRAWS, BENEFITS, 10);
            floor[i] = (System.nanoTime() - start) / 1e9;
        }
        // The exact BigDecimal engine, on a twentieth of the draws: what every draw cost before the compiled model.
        int exactDraws = Math.max(100, DRAWS / 20);
        long exactStart = System.nanoTime();
        var exact = Uncertainty.simulateExact(
                book, period, benefits, costs, Uncertainty.Distribution.PERT, exactDraws, 2026);
        double exactSeconds = (System.nanoTime() - exactStart) / 1e9;
        var sameDraws =
                Uncertainty.simulate(book, period, benefits, costs, Uncertainty.Distribution.PERT, exactDraws, 2026);
        double median = median(seconds);
        double floorMedian = median(floor);

        System.out.printf(
                "%nMonte Carlo benchmark: %,d draws, %d priced benefits, 10 years, %d cores, median of %d runs%n",
                DRAWS, BENEFITS, Runtime.getRuntime().availableProcessors(), RUNS);
        System.out.printf("| %-52s | %16s |%n", "figure", "value");
        System.out.printf("|%s|%s|%n", "-".repeat(54), "-".repeat(18));
        row("simulation, seconds", "%16.3f", median);
        row("simulation, draws per second", "%,16.0f", DRAWS / median);
        row("baseline: plain double loop, draws × benefits × years, s", "%16.4f", floorMedian);
        row("simulation ÷ baseline", "%15.1f×", median / floorMedian);
        row("exact BigDecimal engine, draws per second", "%,16.0f", exactDraws / exactSeconds);
        row("compiled ÷ exact speed", "%15.1f×", (DRAWS / median) / (exactDraws / exactSeconds));
        row("NPV P10 (kr)", "%,16.0f", result.netPresentValue().p10());
        row("NPV P50 (kr)", "%,16.0f", result.netPresentValue().p50());
        row("NPV P90 (kr)", "%,16.0f", result.netPresentValue().p90());
        row(
                "P50, exact on " + exactDraws + " draws (kr)",
                "%,16.0f",
                exact.netPresentValue().p50());
        row(
                "P50, compiled on the same draws (kr)",
                "%,16.0f",
                sameDraws.netPresentValue().p50());
        System.out.println();
    }

    private static void row(String figure, String format, double value) {
        System.out.printf("| %-52s | " + format + " |%n", figure, value);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    /** The same number of multiply-adds as the simulation's yearly sums, over double arrays, and nothing else. */
    private static double baseline(int draws, int benefits, int years) {
        double[] full = new double[benefits];
        double[][] share = new double[years][benefits];
        for (int b = 0; b < benefits; b++) {
            full[b] = 1_000_000 + b;
            for (int y = 0; y < years; y++) {
                share[y][b] = Math.min(1, 0.2 * (y + 1));
            }
        }
        double npv = 0;
        for (int d = 0; d < draws; d++) {
            double scale = 1 + d * 1e-9;
            for (int y = 0; y < years; y++) {
                double[] s = share[y];
                double sum = 0;
                for (int b = 0; b < benefits; b++) {
                    sum += full[b] * scale * s[b];
                }
                npv += sum;
            }
        }
        if (npv == 42) {
            System.out.print(""); // keeps the loop from being removed as dead code
        }
        return npv;
    }

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
