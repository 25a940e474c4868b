package no.gevinst.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * A Gevinst node as production runs one: its own JVM, started from the packaged jar with the README's production
 * flags, configured through the environment as any node against an external PostgreSQL is
 * ({@code SPRING_DATASOURCE_*}, migrations as the schema's owner), here against the embedded server of the
 * benchmark's JVM. Optionally pinned to one core ({@code taskset}), so that one node on one core and two nodes on a
 * core each compare like one machine and two. Its memory is read from its own process ({@code jcmd}, /proc).
 */
final class BenchmarkNode implements AutoCloseable {

    /**
     * The README's production flags, and Native Memory Tracking (summary level: a few MB and no measurable time) to
     * say what the resident set holds. G1 is named because the JVM picks the serial collector on one core or below
     * 1 792 MB, where {@code G1PeriodicGCInterval} would do nothing.
     */
    static final List<String> FLAGS = List.of(
            "-XX:+UseG1GC",
            "-Xms64m",
            "-Xmx1g",
            "-XX:G1PeriodicGCInterval=60000",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30",
            "-XX:NativeMemoryTracking=summary");

    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private BenchmarkNode(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Where the nodes find their database: the first (in-JVM) node's URL and roles. */
    record Database(String url, String user, String password, String owner, String ownerPassword) {

        /**
         * @param credentials the embedded server's password file, for the owner role the migrations run as; when it
         *     is absent the nodes check the migrations as the application role
         */
        static Database of(DataSource first, Path credentials) throws Exception {
            var pool = first.unwrap(com.zaxxer.hikari.HikariDataSource.class);
            if (!Files.isRegularFile(credentials)) {
                return new Database(
                        pool.getJdbcUrl(),
                        pool.getUsername(),
                        pool.getPassword(),
                        pool.getUsername(),
                        pool.getPassword());
            }
            Properties passwords = new Properties();
            try (Reader reader = Files.newBufferedReader(credentials)) {
                passwords.load(reader);
            }
            return new Database(
                    pool.getJdbcUrl(),
                    pool.getUsername(),
                    pool.getPassword(),
                    "gevinst_owner",
                    passwords.getProperty("gevinst_owner"));
        }
    }

    /**
     * Starts a node and waits until its health endpoint answers 200.
     *
     * @param cpu the core to pin the node to, or -1 for none (the JVM then sees every core)
     */
    static BenchmarkNode start(String name, Database database, Path dataDirectory, int cpu) throws Exception {
        return starting(name, database, dataDirectory, cpu).awaitHealthy();
    }

    /** Launches a node without waiting, so that two can start at once; then {@link #awaitHealthy()}. */
    static BenchmarkNode starting(String name, Database database, Path dataDirectory, int cpu) throws Exception {
        return launch(name, database, dataDirectory, cpu);
    }

    /**
     * Launches a node as the README's demo runs: its own embedded PostgreSQL in the data directory, the demo loaded
     * on the first start into an empty one; unpinned.
     */
    static BenchmarkNode demo(String name, Path dataDirectory) throws Exception {
        return launch(name, null, dataDirectory, -1);
    }

    private static BenchmarkNode launch(String name, Database database, Path dataDirectory, int cpu) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        if (cpu >= 0) {
            command.addAll(List.of("taskset", "-c", String.valueOf(cpu)));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FLAGS);
        command.addAll(List.of("-jar", jar().toString()));
        Path log = Path.of("target/benchmark/node-" + name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("PORT", String.valueOf(port));
        if (database != null) {
            environment.put("SPRING_DATASOURCE_URL", database.url());
            environment.put("SPRING_DATASOURCE_USERNAME", database.user());
            environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
            environment.put("GEVINST_MIGRATION_USERNAME", database.owner());
            environment.put("GEVINST_MIGRATION_PASSWORD", database.ownerPassword());
        }
        environment.put("GEVINST_DEMO", String.valueOf(database == null));
        if (Boolean.getBoolean("gevinst.benchmark.jfr")) {
            // JFR's sampler mostly misses what runs on virtual threads (session 33: 39 samples over the fresh
            // dashboards): a profiled node serves its requests on platform threads, so that they are sampled.
            environment.put("SPRING_THREADS_VIRTUAL_ENABLED", "false");
        }
        // Unused against an external database; its own, so that no node could ever share an embedded one.
        environment.put("GEVINST_DATA_DIR", dataDirectory.toAbsolutePath().toString());
        return new BenchmarkNode(name, builder.start(), port, log);
    }

    /** The packaged jar: {@code package} runs before failsafe, and the benchmark profile names the jar. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("gevinst.benchmark.jar", "target/gevinst-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged jar at " + jar.toAbsolutePath() + ": run through mvn verify");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    BenchmarkNode awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            Awaitility.await("node " + name + " healthy")
                    .atMost(START_LIMIT)
                    .pollInterval(Duration.ofMillis(250))
                    .failFast(() -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(
                            IOException.class) // not listening yet, or not accepting within the timeout
                    .until(() -> http.send(health, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200);
            return this;
        } catch (TerminalFailureException stopped) {
            throw new IllegalStateException("node " + name + " stopped while starting:\n" + tail(), stopped);
        } catch (ConditionTimeoutException late) {
            close();
            throw new IllegalStateException(
                    "node " + name + " not healthy within " + START_LIMIT + ":\n" + tail(), late);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** A diagnostic command to the node's JVM, with the benchmark JVM's own jcmd; its output. */
    String jcmd(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid())));
        command.addAll(List.of(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(1, TimeUnit.MINUTES);
        return output;
    }

    /**
     * The CPU time the node's process has used so far (user and system, all its threads), from /proc/pid/stat, in
     * nanoseconds; its clock ticks are hundredths of a second on Linux.
     */
    long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
            // After the command's name in parentheses: state is field 3, utime 14 and stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (IOException e) {
            throw new IllegalStateException("no CPU time for node " + name, e);
        }
    }

    /** A line of the process's /proc status (VmRSS, Threads, ...), or empty. */
    String status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1).trim();
            }
        }
        return "";
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** SIGTERM, as an orchestrator stops a node (graceful shutdown), then kill after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
