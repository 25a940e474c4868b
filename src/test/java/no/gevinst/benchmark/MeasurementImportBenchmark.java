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
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * How fast a large CSV of measurements imports, against the floor: {@code COPY} of the same rows into the same
 * table (with its indexes, keys and roll-up triggers), in the same run, committed like the import (the time includes
 * the commit, with its deferred key checks and its flush of the log under the same durable settings). A second floor
 * shows what the roll-up triggers cost: the same COPY with them switched off. After each COPY its rows are deleted
 * and the table vacuumed, so that the import meets the table as the COPY did (a rolled-back COPY would leave a
 * million dead index entries under the very keys the import then inserts). The CSV is written to disk, then
 * streamed through the intake in one transaction as an upload would be, and sent a second time (every row already
 * recorded: nothing is added). The heap is sampled while each import runs. Run with {@code ./mvnw -Pbenchmark
 * verify -Dit.test=MeasurementImportBenchmark}; the row count with {@code -Dgevinst.benchmark.rows=...}, and the
 * heap's ceiling with {@code -DargLine=-Xmx512m}. The COPY runs as the schema's owner, who alone may switch the
 * triggers off and vacuum.
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

    @Value("${gevinst.data-dir}")
    String dataDirectory;

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
        Path orderedCopy = Files.createTempFile("gevinst-benchmark-", ".copy");
        // The intake's ids rise with the row (a random half per intake, the row number in the other), so its rows
        // land at the right-hand edge of the primary key; this COPY gets ids of that kind, the floor random ones.
        long shared = UUID.randomUUID().getMostSignificantBits() & ~0xF000L | 0x8000L;
        long writeStart = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                BufferedWriter rows = Files.newBufferedWriter(copy, StandardCharsets.UTF_8);
                BufferedWriter ordered = Files.newBufferedWriter(orderedCopy, StandardCharsets.UTF_8)) {
            out.write("indicator;organisation;subUnit;periodStart;periodEnd;value;confidence\n");
            for (int i = 0; i < ROWS; i++) {
                YearMonth month = YearMonth.of(2024, 1).plusMonths(i % 24);
                String unit = "Enhet " + (i / 24);
                String value = (i % 997) + ".5";
                out.write(indicator.id() + ";" + ST_OLAV + ";" + unit + ";" + month.atDay(1) + ";"
                        + month.atEndOfMonth() + ";" + value + ";HIGH\n");
                String line = "\t" + indicator.id() + "\t" + value + "\t" + month.atDay(1) + "\t" + month.atEndOfMonth()
                        + "\t" + organisation + "\t" + unit + "\tFILE\t\tHIGH\t\tkari\n";
                rows.write(UUID.randomUUID() + line);
                ordered.write(new UUID(shared, 0x8000_0000_0000_0000L | (i + 2)) + line);
            }
        }
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;

        double copySeconds = copyCommitted(copy, indicator, true);
        double bareCopySeconds = copyCommitted(copy, indicator, false);
        double orderedCopySeconds = copyCommitted(orderedCopy, indicator, true);
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
        row("the same COPY, roll-up triggers off", bareCopySeconds, copySeconds, ROWS);
        row("COPY, ids rising with the row as the intake's", orderedCopySeconds, copySeconds, ROWS);
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
        Files.deleteIfExists(orderedCopy);
        System.out.printf(
                "Import against the COPY with ids like the intake's: %.2f×; the same file again: %.2f×.%n%n",
                orderedCopySeconds / firstSeconds, orderedCopySeconds / againSeconds);
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

    /**
     * COPY of the rows into measurement itself, as the owner, timed through its commit; then its rows are deleted and
     * the table vacuumed (untimed), so that what is measured next meets the table in the same state.
     */
    private double copyCommitted(Path copy, Indicator indicator, boolean triggers) throws Exception {
        try (Connection owner = ownerConnection()) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                if (!triggers) {
                    statement.execute("ALTER TABLE measurement DISABLE TRIGGER USER");
                }
            }
            double seconds;
            try (Reader in = Files.newBufferedReader(copy, StandardCharsets.UTF_8)) {
                long start = System.nanoTime();
                owner.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY measurement (id, indicator_id, value, period_start, period_end, organisation_id,"
                                        + " unit, source, method, confidence, comment, recorded_by) FROM STDIN",
                                in);
                if (!triggers) {
                    // Shares the COPY's commit, so that no one ever sees the table without its triggers; it adds a
                    // catalogue row, not per-row work. The deferred key checks it would wait for run first, as
                    // they would at the commit.
                    try (Statement statement = owner.createStatement()) {
                        statement.execute("SET CONSTRAINTS ALL IMMEDIATE");
                        statement.execute("ALTER TABLE measurement ENABLE TRIGGER USER");
                    }
                }
                owner.commit();
                seconds = (System.nanoTime() - start) / 1e9;
            }
            try (Statement statement = owner.createStatement()) {
                statement.execute("DELETE FROM measurement WHERE indicator_id = '" + indicator.id() + "'");
                owner.commit();
                owner.setAutoCommit(true);
                statement.execute("VACUUM (ANALYZE) measurement");
            }
            return seconds;
        }
    }

    /** The schema owner's connection to the embedded server, read from its password file. */
    private Connection ownerConnection() throws Exception {
        Path file = Path.of(dataDirectory, "pg", "gevinst-credentials.properties");
        var pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        Properties passwords = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            passwords.load(reader);
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), "gevinst_owner", passwords.getProperty("gevinst_owner"));
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
