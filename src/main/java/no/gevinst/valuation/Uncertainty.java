package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

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

    /** Draws every uncertain assumption {@code draws} times and values the programme for each draw. */
    public static Simulation simulate(
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
        List<Assumption> uncertain = book.assumptions().values().stream()
                .filter(Assumption::uncertain)
                .toList();
        // Each chunk of draws gets its own generator, split from the seed in a fixed order, so that running the
        // chunks in parallel gives the same result as running them one after another.
        SplittableRandom root = new SplittableRandom(seed);
        int chunks = Math.max(1, Math.min(draws, 64));
        SplittableRandom[] generators = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            generators[c] = root.split();
        }
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(c -> {
            for (int d = c * draws / chunks; d < (c + 1) * draws / chunks; d++) {
                Map<String, BigDecimal> overrides = new HashMap<>();
                for (Assumption a : uncertain) {
                    overrides.put(a.name(), BigDecimal.valueOf(draw(a, distribution, generators[c])));
                }
                Valuation v =
                        ValuationEngine.value(settings, benefits, costs, book.resolve(Assumption::likely, overrides));
                npvs[d] = v.result().netPresentValue().doubleValue();
                for (int y = 0; y < years; y++) {
                    yearly[y][d] = v.years().get(y).benefits().doubleValue();
                }
            }
        });
        Map<Integer, Percentiles> byYear = new java.util.LinkedHashMap<>();
        for (int y = 0; y < years; y++) {
            byYear.put(settings.firstYear() + y, percentiles(yearly[y]));
        }
        return new Simulation(draws, seed, percentiles(npvs), byYear);
    }

    static double draw(Assumption a, Distribution distribution, SplittableRandom random) {
        double low = a.low().doubleValue();
        double mode = a.likely().doubleValue();
        double high = a.high().doubleValue();
        return distribution == Distribution.TRIANGULAR
                ? triangular(low, mode, high, random.nextDouble())
                : pert(low, mode, high, random);
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
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
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
