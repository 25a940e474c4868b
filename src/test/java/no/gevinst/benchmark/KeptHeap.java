package no.gevinst.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The live heap a step leaves behind in a node: the class histogram ({@code jcmd GC.class_histogram}, which collects
 * fully first, so only what is reachable is counted) before and after it, compared. Taken around the dashboard's first
 * computation on a node otherwise warmed up, it is what the dashboard keeps: its kept programme parts and dashboards,
 * and the little its template and classes leave (an upper bound on the kept parts alone).
 *
 * @param before live heap bytes before the step
 * @param after live heap bytes after it
 * @param largest the classes that grew most, with their growth in bytes
 */
record KeptHeap(long before, long after, Map<String, Long> largest) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)", Pattern.MULTILINE);

    /** Runs the step between two histograms of the node, and keeps both beside the results. */
    static KeptHeap around(BenchmarkNode node, Path file, StepThatThrows step) throws Exception {
        String first = node.jcmd("GC.class_histogram");
        step.run();
        String second = node.jcmd("GC.class_histogram");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "before:\n" + first + "\nafter:\n" + second);
        Map<String, Long> grown = new HashMap<>(bytesByClass(second));
        bytesByClass(first).forEach((name, bytes) -> grown.merge(name, -bytes, Long::sum));
        Map<String, Long> largest = grown.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(8)
                .collect(Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        return new KeptHeap(total(first), total(second), largest);
    }

    /** A step of the benchmark: requests, say. */
    interface StepThatThrows {
        void run() throws Exception;
    }

    long kept() {
        return after - before;
    }

    String summary() {
        String classes = largest.entrySet().stream()
                .map(e -> e.getKey() + " " + kb(e.getValue()))
                .collect(Collectors.joining(", "));
        return kb(kept()) + " live after the first dashboard page and JSON (" + kb(before) + " before, " + kb(after)
                + " after); grew most: " + classes;
    }

    private static String kb(long bytes) {
        return String.format("%,d kB", bytes / 1024).replace(',', ' ');
    }

    private static Map<String, Long> bytesByClass(String histogram) {
        Map<String, Long> bytes = new HashMap<>();
        Matcher row = ROW.matcher(histogram);
        while (row.find()) {
            bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
        }
        return bytes;
    }

    private static long total(String histogram) {
        Matcher total = TOTAL.matcher(histogram);
        return total.find() ? Long.parseLong(total.group(2)) : -1;
    }
}
