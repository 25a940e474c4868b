package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How uncertain a valuation is: the effect of each assumption at its low and high value (a tornado), and a
 * Monte Carlo simulation over all assumption ranges at once. The same seed gives the same result.
 */
public final class Uncertainty {

    private Uncertainty() {}

    /** Draws from an assumption's range: triangular, or PERT (a beta distribution weighted to the likely value). */
    public enum Distribution {
        TRIANGULAR,
        PERT
    }

    /** The net present value with one assumption at its low and at its high value, the others at the likely. */
    public record Sensitivity(String assumption, BigDecimal npvAtLow, BigDecimal npvAtHigh) {
        public BigDecimal swing() {
            return npvAtHigh.subtract(npvAtLow).abs();
        }
    }

    /** P10, P50 and P90 of a figure over the draws. */
    public record Percentiles(double p10, double p50, double p90) {}

    /** The outcome of a simulation: the net present value's percentiles and those of each year's benefits. */
    public record Simulation(
            int draws, long seed, Percentiles netPresentValue, Map<Integer, Percentiles> benefitsByYear) {}

    /** Every uncertain assumption, largest swing first. */
    public static List<Sensitivity> tornado(
            AssumptionBook book, EconomicSettings settings, List<PricedBenefit> benefits, List<Cost> costs) {
        List<Sensitivity> rows = new ArrayList<>();
        for (Assumption a : book.assumptions().values()) {
            if (!a.uncertain()) {
                continue;
            }
            BigDecimal low = npv(book, settings, benefits, costs, Map.of(a.name(), a.low()));
            BigDecimal high = npv(book, settings, benefits, costs, Map.of(a.name(), a.high()));
            rows.add(new Sensitivity(a.name(), low, high));
        }
        rows.sort(Comparator.comparing(Sensitivity::swing).reversed());
        return rows;
    }

    /**
     * Draws every uncertain assumption {@code draws} times and values the programme for each draw. The valuation is
     * compiled once to {@code double} arrays ({@link SimulationModel}) and each draw is a few plain loops; a draw the
     * exact engine might refuse or value otherwise (a division by zero, a negative input, a value beyond the bounds),
     * and a programme with a formula the compiler leaves alone, are valued by the exact engine instead. The draws are
     * the exact engine's, from the same generators in the same order, so that both give the same percentiles but for
     * the last digits of {@code double}.
     */
    public static Simulation simulate(
            AssumptionBook book,
            EconomicSettings settings,
            List<PricedBenefit> benefits,
            List<Cost> costs,
            Distribution distribution,
            int draws,
            long seed) {
        List<Assumption> uncertain = uncertain(book);
        SimulationModel model = SimulationModel.compile(book, settings, benefits, costs, uncertain);
        if (model == null) {
            return simulateExact(book, settings, benefits, costs, distribution, draws, seed);
        }
        if (uncertain.isEmpty()) {
            return everyDrawLikely(book, settings, benefits, costs, draws, seed);
        }
        int years = settings.lastYear() - settings.firstYear() + 1;
        double[] npvs = new double[draws];
        double[][] yearly = new double[years][draws];
        AssumptionRanges ranges = new AssumptionRanges(uncertain);
        SplittableRandom[] generators = generators(seed, draws);
        IntStream.range(0, generators.length).parallel().forEach(c -> {
            double[] slots = model.slots();
            double[] drawn = new double[uncertain.size()];
            double[] full = new double[model.benefitCount()];
            double[] year = new double[years];
            for (int d = c * draws / generators.length; d < (c + 1) * draws / generators.length; d++) {
                ranges.draw(distribution, generators[c], drawn);
                model.place(drawn, slots);
                try {
                    npvs[d] = model.value(slots, full, year);
                } catch (DoubleFormula.Anomaly e) {
                    npvs[d] = exactDraw(book, settings, benefits, costs, uncertain, drawn, year);
                }
                keep(yearly, d, year);
            }
        });
        return simulation(settings, draws, seed, npvs, yearly);
    }

    /** A programme without uncertain assumptions: every draw is the likely valuation, valued once, exactly. */
    private static Simulation everyDrawLikely(
            AssumptionBook book,
            EconomicSettings settings,
            List<PricedBenefit> benefits,
            List<Cost> costs,
            int draws,
            long seed) {
        int years = settings.lastYear() - settings.firstYear() + 1;
        double[] npvs = new double[draws];
        double[][] yearly = new double[years][draws];
        double[] year = new double[years];
        Arrays.fill(npvs, exactDraw(book, settings, benefits, costs, List.of(), new double[0], year));
        for (int y = 0; y < years; y++) {
            Arrays.fill(yearly[y], year[y]);
        }
        return simulation(settings, draws, seed, npvs, yearly);
    }

    /** Keeps each year's benefits of draw {@code d}. */
    private static void keep(double[][] yearly, int d, double[] year) {
        for (int y = 0; y < year.length; y++) {
            yearly[y][d] = year[y];
        }
    }

    /**
     * The same simulation, every draw valued by the exact BigDecimal engine: the reference the compiled one is tested
     * against, and what a programme gets whose formulas the compiler leaves alone.
     */
    public static Simulation simulateExact(
            AssumptionBook book,
            EconomicSettings settings,
            List<PricedBenefit> benefits,
            List<Cost> costs,
            Distribution distribution,
            int draws,
            long seed) {
        double[] npvs = new double[draws];
        int years = settings.lastYear() - settings.firstYear() + 1;
        double[][] yearly = new double[years][draws];
        List<Assumption> uncertain = uncertain(book);
        AssumptionRanges ranges = new AssumptionRanges(uncertain);
        SplittableRandom[] generators = generators(seed, draws);
        IntStream.range(0, generators.length).parallel().forEach(c -> {
            double[] drawn = new double[uncertain.size()];
            double[] year = new double[years];
            for (int d = c * draws / generators.length; d < (c + 1) * draws / generators.length; d++) {
                ranges.draw(distribution, generators[c], drawn);
                npvs[d] = exactDraw(book, settings, benefits, costs, uncertain, drawn, year);
                keep(yearly, d, year);
            }
        });
        return simulation(settings, draws, seed, npvs, yearly);
    }

    private static List<Assumption> uncertain(AssumptionBook book) {
        return book.assumptions().values().stream()
                .filter(Assumption::uncertain)
                .toList();
    }

    /**
     * Each chunk of draws gets its own generator, split from the seed in a fixed order, so that running the chunks in
     * parallel, on any number of threads, gives the same result as running them one after another.
     */
    private static SplittableRandom[] generators(long seed, int draws) {
        SplittableRandom root = new SplittableRandom(seed);
        int chunks = Math.max(1, Math.min(draws, 64));
        SplittableRandom[] generators = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            generators[c] = root.split();
        }
        return generators;
    }

    /** One draw valued by the exact engine; fills each year's benefits and answers the net present value. */
    private static double exactDraw(
            AssumptionBook book,
            EconomicSettings settings,
            List<PricedBenefit> benefits,
            List<Cost> costs,
            List<Assumption> uncertain,
            double[] drawn,
            double[] yearly) {
        Map<String, BigDecimal> overrides = new HashMap<>();
        for (int i = 0; i < drawn.length; i++) {
            overrides.put(uncertain.get(i).name(), BigDecimal.valueOf(drawn[i]));
        }
        Valuation v = ValuationEngine.value(settings, benefits, costs, book.resolve(Assumption::likely, overrides));
        for (int y = 0; y < yearly.length; y++) {
            yearly[y] = v.years().get(y).benefits().doubleValue();
        }
        return v.result().netPresentValue().doubleValue();
    }

    private static Simulation simulation(
            EconomicSettings settings, int draws, long seed, double[] npvs, double[][] yearly) {
        Map<Integer, Percentiles> byYear = new LinkedHashMap<>();
        for (int y = 0; y < yearly.length; y++) {
            byYear.put(settings.firstYear() + y, percentiles(yearly[y]));
        }
        return new Simulation(draws, seed, percentiles(npvs), byYear);
    }

    static Percentiles percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(at(sorted, 0.10), at(sorted, 0.50), at(sorted, 0.90));
    }

    /** The nearest-rank percentile. */
    private static double at(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static BigDecimal npv(
            AssumptionBook book,
            EconomicSettings settings,
            List<PricedBenefit> benefits,
            List<Cost> costs,
            Map<String, BigDecimal> overrides) {
        return ValuationEngine.value(settings, benefits, costs, book.resolve(Assumption::likely, overrides))
                .result()
                .netPresentValue();
    }
}
