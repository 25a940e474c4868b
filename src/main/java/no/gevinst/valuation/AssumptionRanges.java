package no.gevinst.valuation;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The uncertain assumptions' ranges as numbers, read once rather than from BigDecimal at every draw, and the
 * distributions a draw is taken from.
 */
record AssumptionRanges(double[] low, double[] mode, double[] high) {
    AssumptionRanges(List<Assumption> uncertain) {
        this(
                uncertain.stream().mapToDouble(a -> a.low().doubleValue()).toArray(),
                uncertain.stream().mapToDouble(a -> a.likely().doubleValue()).toArray(),
                uncertain.stream().mapToDouble(a -> a.high().doubleValue()).toArray());
    }

    void draw(Uncertainty.Distribution distribution, SplittableRandom random, double[] into) {
        for (int i = 0; i < into.length; i++) {
            into[i] = distribution == Uncertainty.Distribution.TRIANGULAR
                    ? triangular(low[i], mode[i], high[i], random.nextDouble())
                    : pert(low[i], mode[i], high[i], random);
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
}
