package no.gevinst.benchmark;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import no.gevinst.TestIndicators;
import no.gevinst.TestUsers;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.RecordResult;
import no.gevinst.ingest.domain.ImportJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * How fast a large CSV of measurements imports: written to disk, then streamed through the intake in one
 * transaction, as an upload would be. Run with {@code ./mvnw -Pbenchmark verify}; the row count can be set with
 * {@code -Dgevinst.benchmark.rows=...}.
 */
@SpringBootTest
@ActiveProfiles("test")
class MeasurementImportBenchmark {

    private static final int ROWS = Integer.getInteger("gevinst.benchmark.rows", 1_000_000);

    @Autowired
    ImportJobs imports;

    @Autowired
    Indicators indicators;

    @Autowired
    Benefits benefits;

    @Autowired
    TestUsers users;

    @Test
    void importsAMillionRowCsv() throws Exception {
        Indicator indicator = users.callAs(
                "kari",
                () -> indicators.create(TestIndicators.monthly(
                        benefits.list(BenefitQuery.all()).getFirst().id().toString(),
                        "Benchmarkindikator",
                        "antall",
                        "HIGHER_IS_BETTER",
                        null)));
        Path file = Files.createTempFile("gevinst-benchmark-", ".csv");
        long writeStart = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("indicator;organisation;subUnit;periodStart;periodEnd;value;confidence\n");
            for (int i = 0; i < ROWS; i++) {
                YearMonth month = YearMonth.of(2024, 1).plusMonths(i % 24);
                out.write(indicator.id() + ";883974832;Enhet " + (i / 24) + ";" + month.atDay(1) + ";"
                        + month.atEndOfMonth() + ";" + (i % 997) + ".5;HIGH\n");
            }
        }
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;

        long start = System.nanoTime();
        RecordResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = users.callAs("kari", () -> imports.importNow(in, "benchmark.csv"));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20);

        System.out.printf(
                "%nMeasurement import benchmark: %,d rows, %.1f MB CSV (written in %.1f s), %d cores%n",
                ROWS, Files.size(file) / 1e6, writeSeconds, Runtime.getRuntime().availableProcessors());
        System.out.printf("| %-26s | %12s |%n", "figure", "value");
        System.out.printf("|%s|%s|%n", "-".repeat(28), "-".repeat(14));
        System.out.printf("| %-26s | %,12d |%n", "rows added", result.added());
        System.out.printf("| %-26s | %12.1f |%n", "seconds", seconds);
        System.out.printf("| %-26s | %,12.0f |%n", "rows per second", ROWS / seconds);
        System.out.printf("| %-26s | %,12d |%n", "heap in use after (MB)", heapMb);
        System.out.println();
        Files.deleteIfExists(file);
    }
}
