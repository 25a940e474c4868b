package no.gevinst.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JVM's memory at rest after the load: its resident set (the operating system's count, what the target of
 * issue 15 is about), the heap it has committed and uses, and the rest the JVM has committed (metaspace, code
 * cache, thread stacks). "At rest" is after a full collection, as the production flag
 * {@code -XX:G1PeriodicGCInterval=60000} would run one after a quiet minute, and a few seconds for it to settle.
 * The embedded PostgreSQL is other processes and is not counted. The benchmark's JVM also holds the load
 * generator's clients; run it with the production heap flags ({@code -DargLine="-Xms64m -Xmx1g
 * -XX:G1PeriodicGCInterval=60000"}) for a figure comparable to a node's.
 */
record Footprint(long residentBytes, long heapUsed, long heapCommitted, long nonHeapCommitted, long heapMax) {

    static Footprint atRest() throws InterruptedException {
        System.gc();
        Thread.sleep(5_000);
        var memory = ManagementFactory.getMemoryMXBean();
        return new Footprint(
                resident(),
                memory.getHeapMemoryUsage().getUsed(),
                memory.getHeapMemoryUsage().getCommitted(),
                memory.getNonHeapMemoryUsage().getCommitted(),
                memory.getHeapMemoryUsage().getMax());
    }

    /** VmRSS from /proc (Linux); -1 elsewhere. */
    private static long resident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (Exception e) {
            // not Linux: no resident set to report
        }
        return -1;
    }

    String summary() {
        return mb(residentBytes) + " MB resident; heap " + mb(heapUsed) + " of " + mb(heapCommitted)
                + " MB committed (max " + mb(heapMax) + " MB); non-heap " + mb(nonHeapCommitted) + " MB committed";
    }

    static long mb(long bytes) {
        return bytes < 0 ? -1 : bytes / (1024 * 1024);
    }
}
