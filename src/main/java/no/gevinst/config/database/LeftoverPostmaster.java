package no.gevinst.config.database;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server left running on a data directory by a Gevinst that was killed. Its {@code postmaster.pid} names it;
 * unless another living Gevinst still holds the directory's lock, it is shut down the way {@code pg_ctl stop -m
 * fast} does (SIGINT), so the next start succeeds the first time.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(20);

    private LeftoverPostmaster() {}

    /** The process id in the directory's {@code postmaster.pid}, if the file is there. */
    static Optional<Long> pidOf(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void stopIfRunning(Path directory) {
        Optional<ProcessHandle> leftover =
                pidOf(directory).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (leftover.isEmpty() || !isPostgres(leftover.get())) {
            return;
        }
        ensureNoOtherGevinstHolds(directory);
        ProcessHandle postmaster = leftover.get();
        log.warn(
                "A PostgreSQL (pid {}) left running on {} by an earlier Gevinst; shutting it down",
                postmaster.pid(),
                directory);
        signal(postmaster, "INT");
        if (!awaitExit(postmaster, FAST_SHUTDOWN)) {
            log.warn(
                    "The leftover PostgreSQL did not stop within {}; killing it (it recovers from its log)",
                    FAST_SHUTDOWN);
            postmaster.destroyForcibly();
            awaitExit(postmaster, FAST_SHUTDOWN);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.endsWith("postgres"))
                .orElse(true);
    }

    /** The embedded library locks the directory while its server runs; a lock we can take belongs to no one alive. */
    private static void ensureNoOtherGevinstHolds(Path directory) {
        try (FileOutputStream stream =
                        new FileOutputStream(directory.resolve(LOCK_FILE).toFile());
                FileLock lock = stream.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running Gevinst uses the embedded PostgreSQL in " + directory);
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("This JVM already runs the embedded PostgreSQL in " + directory, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
