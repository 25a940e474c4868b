package no.gevinst.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node process's memory at rest after the load: its resident set (the operating system's count, what the target
 * of issue 15 is about), the heap it has committed and uses, and what Native Memory Tracking says the JVM has
 * committed besides (class metadata, thread stacks, code cache, the collector's own structures). "At rest" is after
 * a full collection ({@code jcmd GC.run}), as {@code -XX:G1PeriodicGCInterval=60000} would run one after a quiet
 * minute, and a few seconds for it to settle. The node runs in its own JVM with the production flags, so nothing of
 * the benchmark (the load generator's clients, the embedded PostgreSQL) is counted.
 */
record Footprint(
        long residentBytes,
        long heapUsed,
        long heapCommitted,
        long nonHeapCommitted,
        String threads,
        Map<String, Long> committedByCategory) {

    private static final Pattern CATEGORY =
            Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)", Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    /** Collects, waits, and reads the node's resident set and native memory summary (kept beside the results). */
    static Footprint atRest(BenchmarkNode node, Path nativeMemoryFile) throws Exception {
        node.jcmd("GC.run");
        Thread.sleep(5_000);
        long resident = kilobytes(node.status("VmRSS")) * 1024;
        String heapInfo = node.jcmd("GC.heap_info");
        String nativeMemory = node.jcmd("VM.native_memory", "summary");
        Files.createDirectories(nativeMemoryFile.getParent());
        Files.writeString(nativeMemoryFile, heapInfo + "\n" + nativeMemory);
        Map<String, Long> categories = new LinkedHashMap<>();
        Matcher category = CATEGORY.matcher(nativeMemory);
        while (category.find()) {
            categories.put(category.group(1).trim(), Long.parseLong(category.group(3)) * 1024);
        }
        Matcher total = TOTAL.matcher(nativeMemory);
        long committed = total.find() ? Long.parseLong(total.group(2)) * 1024 : -1;
        long heapCommitted = categories.getOrDefault("Java Heap", -1L);
        Matcher used = HEAP_USED.matcher(heapInfo);
        return new Footprint(
                resident,
                used.find() ? Long.parseLong(used.group(1)) * 1024 : -1,
                heapCommitted,
                committed < 0 || heapCommitted < 0 ? -1 : committed - heapCommitted,
                node.status("Threads"),
                categories);
    }

    private static long kilobytes(String status) {
        String digits = status.replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    String summary() {
        StringBuilder largest = new StringBuilder();
        committedByCategory.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("Java Heap"))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(6)
                .forEach(entry -> largest.append(largest.isEmpty() ? "" : ", ")
                        .append(entry.getKey())
                        .append(' ')
                        .append(mb(entry.getValue())));
        return mb(residentBytes) + " MB resident; heap " + mb(heapUsed) + " of " + mb(heapCommitted)
                + " MB committed; besides the heap the JVM has committed " + mb(nonHeapCommitted) + " MB (largest: "
                + largest + "); " + threads + " threads";
    }

    static long mb(long bytes) {
        return bytes < 0 ? -1 : bytes / (1024 * 1024);
    }
}
