package no.gevinst.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine's time per core from /proc/stat (Linux), to say how busy each core was during a load run: on a
 * machine others use too, a node pinned to a core gets what is left of it, and the figure shows how much that was.
 */
record CoreTimes(List<long[]> cores) {

    /** Each core's busy and total clock ticks so far; none where there is no /proc/stat. */
    static CoreTimes now() {
        List<long[]> cores = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (line.matches("cpu\\d+ .*")) {
                    String[] fields = line.trim().split("\\s+");
                    long total = 0;
                    for (int i = 1; i < fields.length; i++) {
                        total += Long.parseLong(fields[i]);
                    }
                    // idle and iowait are the fourth and fifth numbers
                    long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
                    cores.add(new long[] {total - idle, total});
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: nothing to report
        }
        return new CoreTimes(cores);
    }

    /** "core 0 97 %, core 1 88 %": each core's busy share since this reading. */
    String busySince() {
        CoreTimes later = now();
        List<String> shares = new ArrayList<>();
        for (int c = 0; c < Math.min(cores.size(), later.cores.size()); c++) {
            long busy = later.cores.get(c)[0] - cores.get(c)[0];
            long total = later.cores.get(c)[1] - cores.get(c)[1];
            shares.add("core " + c + " " + (total == 0 ? 0 : Math.round(100.0 * busy / total)) + " %");
        }
        return String.join(", ", shares);
    }
}
