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
        int years = settings.lastYear() - settings.firstYear() + 1;
        double[] npvs = new double[draws];
        double[][] yearly = new double[years][draws];
        if (uncertain.isEmpty()) {
            // Every draw is the likely valuation: valued once, exactly.
            double[] year = new double[years];
            Arrays.fill(npvs, exactDraw(book, settings, benefits, costs, uncertain, new double[0], year));
            for (int y = 0; y < years; y++) {
                Arrays.fill(yearly[y], year[y]);
            }
            return simulation(settings, draws, seed, npvs, yearly);
        }
        Ranges ranges = new Ranges(uncertain);
        SplittableRandom[] generators = generators(seed, draws);
        IntStream.range(0, generators.length).parallel().forEach(c -> {
            double[] slots = model.slots();
            double[] drawn = new double[uncertain.size()];
            double[] full = new double[model.benefitCount()];
            double[] year = new double[years];
            int[] drawnSlots = model.drawnSlots();
            for (int d = c * draws / generators.length; d < (c + 1) * draws / generators.length; d++) {
                ranges.draw(distribution, generators[c], drawn);
                for (int i = 0; i < drawn.length; i++) {
                    slots[drawnSlots[i]] = drawn[i];
                }
                try {
                    npvs[d] = model.value(slots, full, year);
                } catch (DoubleFormula.Anomaly e) {
                    npvs[d] = exactDraw(book, settings, benefits, costs, uncertain, drawn, year);
                }
                for (int y = 0; y < years; y++) {
                    yearly[y][d] = year[y];
                }
            }
        });
        return simulation(settings, draws, seed, npvs, yearly);
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
        Ranges ranges = new Ranges(uncertain);
        SplittableRandom[] generators = generators(seed, draws);
        IntStream.range(0, generators.length).parallel().forEach(c -> {
            double[] drawn = new double[uncertain.size()];
            double[] year = new double[years];
            for (int d = c * draws / generators.length; d < (c + 1) * draws / generators.length; d++) {
                ranges.draw(distribution, generators[c], drawn);
                npvs[d] = exactDraw(book, settings, benefits, costs, uncertain, drawn, year);
                for (int y = 0; y < years; y++) {
                    yearly[y][d] = year[y];
                }
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

    /** The uncertain assumptions' ranges as numbers, read once rather than from BigDecimal at every draw. */
    private record Ranges(double[] low, double[] mode, double[] high) {
        Ranges(List<Assumption> uncertain) {
            this(
                    uncertain.stream().mapToDouble(a -> a.low().doubleValue()).toArray(),
                    uncertain.stream()
                            .mapToDouble(a -> a.likely().doubleValue())
                            .toArray(),
                    uncertain.stream().mapToDouble(a -> a.high().doubleValue()).toArray());
        }

        void draw(Distribution distribution, SplittableRandom random, double[] into) {
            for (int i = 0; i < into.length; i++) {
                into[i] = distribution == Distribution.TRIANGULAR
                        ? triangular(low[i], mode[i], high[i], random.nextDouble())
                        : pert(low[i], mode[i], high[i], random);
            }
        }
    }

    /** Inverse of the triangular distribution's cumulative function at u. */
    static double triangular(double low, double mode, double high, double u) {
        double split = (mode - low) / (high - low);
        return u < split
                ? low + Math.sqrt(u * (high - low) * (mode - low))
                : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    }

    /** PERT: low + (high − low) × Beta(α, β) with α = 1 + 4 (mode − low)/(high − low), β = 1 + 4 (high − mode)/(high − low). */
    static double pert(double low, double mode, double high, SplittableRandom random) {
        double alpha = 1 + 4 * (mode - low) / (high - low);
        double beta = 1 + 4 * (high - mode) / (high - low);
        double x = gamma(alpha, random);
        double y = gamma(beta, random);
        return low + (high - low) * x / (x + y);
    }

    /** Marsaglia and Tsang's method, for shape ≥ 1 (PERT's shapes are at least 1). */
    private static double gamma(double shape, SplittableRandom random) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = gaussian(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            // Marsaglia and Tsang's squeeze accepts most draws without the two logarithms; it lies inside the
            // acceptance region, so the draws (and the generator's use) are those of the full test.
            double xx = x * x;
            if (u < 1 - 0.0331 * xx * xx || Math.log(u) < 0.5 * xx + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
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
