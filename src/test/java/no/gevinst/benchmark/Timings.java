package no.gevinst.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times named operations after a warm-up and prints them as a table of median, 95th percentile and maximum. */
final class Timings {

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private final int warmUp;
    private final int runs;
    private final Map<String, long[]> results = new LinkedHashMap<>();

    Timings(int warmUp, int runs) {
        this.warmUp = warmUp;
        this.runs = runs;
    }

    int warmUp() {
        return warmUp;
    }

    int runs() {
        return runs;
    }

    void measure(String name, Work work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        results.put(name, nanos);
    }

    void print() {
        System.out.printf("| %-38s | %9s | %9s | %9s |%n", "operation", "median ms", "p95 ms", "max ms");
        System.out.printf("|%s|%s|%s|%s|%n", "-".repeat(40), "-".repeat(11), "-".repeat(11), "-".repeat(11));
        results.forEach((name, nanos) -> System.out.printf(
                "| %-38s | %9.1f | %9.1f | %9.1f |%n",
                name, ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(nanos[nanos.length - 1])));
        System.out.println();
    }

    private static long percentile(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
