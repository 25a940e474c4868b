package no.gevinst.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Issue 15's start and footprint figures, in the harness: start to healthy of the packaged jar on the demo with an
 * existing data directory (a first start creates it and loads the demo; the second is timed, then a third), and the
 * jar's size with what takes the space (its nested libraries, largest first, and its own classes and resources).
 */
final class StartAndJar {

    /** The libraries named one by one; the rest are summed. */
    static final int LARGEST = 12;

    /** Start to healthy, ms: the first start (empty directory, the demo loaded), then two with the directory kept. */
    record Starts(long first, List<long[]> again) {

        String summary() {
            StringBuilder text = new StringBuilder("first start (empty data directory, demo loaded) " + first + " ms;"
                    + " with the data directory kept:");
            for (long[] start : again) {
                text.append(' ')
                        .append(start[0])
                        .append(" ms (node CPU ")
                        .append(start[1])
                        .append(" ms)");
            }
            return text.toString();
        }

        long best() {
            return again.stream().mapToLong(s -> s[0]).min().orElse(first);
        }
    }

    /** The jar's size, its parts by size (name to bytes, stored), and the rest. */
    record Jar(long bytes, Map<String, Long> parts) {}

    static Starts starts(Path dataDirectory) throws Exception {
        deleteRecursively(dataDirectory);
        long first = timed(dataDirectory, "demo-first")[0];
        List<long[]> again = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            again.add(timed(dataDirectory, "demo-again-" + i));
        }
        return new Starts(first, again);
    }

    /** Wall time from launch to the first 200 of the health endpoint, and the node's CPU by then. */
    private static long[] timed(Path dataDirectory, String name) throws Exception {
        long start = System.nanoTime();
        try (BenchmarkNode node = BenchmarkNode.demo(name, dataDirectory).awaitHealthy()) {
            return new long[] {(System.nanoTime() - start) / 1_000_000, node.cpuNanos() / 1_000_000};
        }
    }

    static Jar jar() throws Exception {
        Path path = BenchmarkNode.jar();
        Map<String, Long> libraries = new LinkedHashMap<>();
        long own = 0;
        long other = 0;
        try (JarFile jar = new JarFile(path.toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                long size = Math.max(0, entry.getCompressedSize());
                if (entry.getName().startsWith("BOOT-INF/lib/")) {
                    libraries.put(entry.getName().substring("BOOT-INF/lib/".length()), size);
                } else if (entry.getName().startsWith("BOOT-INF/classes/")) {
                    own += size;
                } else {
                    other += size;
                }
            }
        }
        Map<String, Long> parts = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> largest = libraries.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .toList();
        largest.stream().limit(LARGEST).forEach(e -> parts.put(e.getKey(), e.getValue()));
        parts.put(
                "the other " + Math.max(0, largest.size() - LARGEST) + " libraries",
                largest.stream().skip(LARGEST).mapToLong(Map.Entry::getValue).sum());
        parts.put("Gevinst's own classes, templates and resources (BOOT-INF/classes)", own);
        parts.put("Spring Boot's loader and the jar's index", other);
        return new Jar(Files.size(path), parts);
    }

    private static void deleteRecursively(Path directory) throws Exception {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
