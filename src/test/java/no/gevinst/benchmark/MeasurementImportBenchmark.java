package no.gevinst.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import no.gevinst.TestIndicators;
import no.gevinst.TestUsers;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.RecordResult;
import no.gevinst.ingest.domain.ImportJobs;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast a large CSV of measurements imports, against the floor: {@code COPY} of the same rows into the same
 * table (with its indexes, constraints and roll-up triggers), in the same run. The CSV is written to disk, then
 * streamed through the intake in one transaction as an upload would be, and sent a second time (every row already
 * recorded: nothing is added). The heap is sampled while each import runs. Run with {@code ./mvnw -Pbenchmark
 * verify -Dit.test=MeasurementImportBenchmark}; the row count with {@code -Dgevinst.benchmark.rows=...}, and the
 * heap's ceiling with {@code -DargLine=-Xmx512m}.
 */
@SpringBootTest
@ActiveProfiles("test")
class MeasurementImportBenchmark {

    private static final int ROWS = Integer.getInteger("gevinst.benchmark.rows", 1_000_000);
    private static final String ST_OLAV = "883974832";

    @Autowired
    ImportJobs imports;

    @Autowired
    Indicators indicators;

    @Autowired
    Benefits benefits;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

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
        UUID organisation = jdbc.sql("SELECT id FROM organisation WHERE organisation_number = :n")
                .param("n", ST_OLAV)
                .query(UUID.class)
                .single();
        Path csv = Files.createTempFile("gevinst-benchmark-", ".csv");
        Path copy = Files.createTempFile("gevinst-benchmark-", ".copy");
        long writeStart = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                BufferedWriter rows = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            out.write("indicator;organisation;subUnit;periodStart;periodEnd;value;confidence\n");
            for (int i = 0; i < ROWS; i++) {
                YearMonth month = YearMonth.of(2024, 1).plusMonths(i % 24);
                String unit = "Enhet " + (i / 24);
                String value = (i % 997) + ".5";
                out.write(indicator.id() + ";" + ST_OLAV + ";" + unit + ";" + month.atDay(1) + ";"
                        + month.atEndOfMonth() + ";" + value + ";HIGH\n");
                rows.write(UUID.randomUUID() + "\t" + indicator.id() + "\t" + value + "\t" + month.atDay(1) + "\t"
                        + month.atEndOfMonth() + "\t" + organisation + "\t" + unit
                        + "\tFILE\t\tHIGH\t\tkari\n");
            }
        }
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;

        double copySeconds = copyRolledBack(copy);
        HeapPeak firstHeap = new HeapPeak();
        long start = System.nanoTime();
        RecordResult first = importFile(csv);
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        firstHeap.stop();
        HeapPeak againHeap = new HeapPeak();
        start = System.nanoTime();
        RecordResult again = importFile(csv);
        double againSeconds = (System.nanoTime() - start) / 1e9;
        againHeap.stop();

        System.out.printf(
                "%nMeasurement import benchmark: %,d rows, %.1f MB CSV (written in %.1f s), %d cores, max heap %d MB%n",
                ROWS,
                Files.size(csv) / 1e6,
                writeSeconds,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("| %-44s | %10s | %12s | %10s | %10s |%n", "what", "seconds", "rows/s", "× COPY", "added");
        System.out.printf(
                "|%s|%s|%s|%s|%s|%n", "-".repeat(46), "-".repeat(12), "-".repeat(14), "-".repeat(12), "-".repeat(12));
        row("COPY of the same rows into measurement (floor)", copySeconds, copySeconds, ROWS);
        row("import through the intake", firstSeconds, copySeconds, first.added());
        row("the same file again (all unchanged)", againSeconds, copySeconds, again.added());
        System.out.printf(
                "Unchanged on the second import: %,d. Heap during the first import: peak in use %d MB, peak live after"
                        + " a collection %d MB; during the second: %d MB and %d MB.%n%n",
                again.unchanged(),
                firstHeap.peakUsed() >> 20,
                firstHeap.peakAfterGc() >> 20,
                againHeap.peakUsed() >> 20,
                againHeap.peakAfterGc() >> 20);
        Files.deleteIfExists(csv);
        Files.deleteIfExists(copy);
    }

    private static void row(String what, double seconds, double copySeconds, long added) {
        System.out.printf(
                "| %-44s | %10.1f | %,12.0f | %10.2f | %,10d |%n",
                what, seconds, ROWS / seconds, copySeconds / seconds, added);
    }

    private RecordResult importFile(Path csv) throws Exception {
        try (InputStream in = Files.newInputStream(csv)) {
            return users.callAs("kari", () -> imports.importNow(in, "benchmark.csv"));
        }
    }

    /** COPY of the rows into measurement itself, timed, then rolled back so that the import finds it as before. */
    private double copyRolledBack(Path copy) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (Reader in = Files.newBufferedReader(copy, StandardCharsets.UTF_8)) {
                long start = System.nanoTime();
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY measurement (id, indicator_id, value, period_start, period_end, organisation_id,"
                                        + " unit, source, method, confidence, comment, recorded_by) FROM STDIN",
                                in);
                return (System.nanoTime() - start) / 1e9;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The heap while something runs: the most in use (sampled every 10 ms, garbage included) and the most still in
     * use after a collection (what the work really holds).
     */
    private static final class HeapPeak {
        private final AtomicLong used = new AtomicLong();
        private final AtomicLong afterGc = new AtomicLong();
        private final Thread sampler;
        private final List<Runnable> unregister = new ArrayList<>();
        private volatile boolean running = true;

        HeapPeak() {
            System.gc();
            NotificationListener listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> isHeap(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed())
                            .sum();
                    afterGc.accumulateAndGet(live, Math::max);
                }
            };
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                NotificationEmitter emitter = (NotificationEmitter) gc;
                emitter.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception e) {
                        // already gone
                    }
                });
            }
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                    used.accumulateAndGet(heap.getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        private static boolean isHeap(String pool) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(pool) && p.getType() == java.lang.management.MemoryType.HEAP);
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            unregister.forEach(Runnable::run);
        }

        long peakUsed() {
            return used.get();
        }

        long peakAfterGc() {
            return afterGc.get();
        }
    }
}
