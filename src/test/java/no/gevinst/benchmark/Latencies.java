package no.gevinst.benchmark;

import java.util.Arrays;

/** Exact percentiles of a set of durations: every sample is kept and sorted, nothing is estimated from buckets. */
final class Latencies {

    private final long[] sorted;

    private Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(this.sorted);
    }

    static Latencies of(long[] nanos) {
        return new Latencies(nanos);
    }

    long[] sortedCopy() {
        return sorted.clone();
    }

    int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile in milliseconds, NaN without samples. */
    double ms(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    double p50() {
        return ms(50);
    }

    double p95() {
        return ms(95);
    }

    double p99() {
        return ms(99);
    }

    /** "p50 / p95 / p99" in milliseconds. */
    String summary() {
        return sorted.length == 0
                ? "–"
                : "%s / %s / %s".formatted(Report.ms(p50()), Report.ms(p95()), Report.ms(p99()));
    }
}
