package no.gevinst.ingest.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.indicator.MeasurementIntake;
import no.gevinst.indicator.MeasurementIntake.IntakeRow;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.TextLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports measurement files: at once for the API, or in the background for uploads from the page, whose
 * progress is written as it goes so that the page can show it.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final MeasurementIntake intake;
    private final JdbcClient jdbc;
    private final TaskExecutor executor;
    private final TransactionTemplate separately;
    private final TransactionTemplate together;
    private final long maxFileBytes;
    private final AccessPolicy access;
    private final JsonMapper json;

    ImportJobs(
            MeasurementIntake intake,
            JdbcClient jdbc,
            TaskExecutor executor,
            PlatformTransactionManager transactions,
            AccessPolicy access,
            JsonMapper json,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile) {
        this.intake = intake;
        this.jdbc = jdbc;
        this.executor = executor;
        this.access = access;
        this.json = json;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.together = new TransactionTemplate(transactions);
        this.maxFileBytes = maxFile.toBytes();
    }

    /** Refuses users who may record measurements nowhere, before anything is read: readers and steering groups. */
    public void requireMayImport() {
        access.requireAnyRole(
                no.gevinst.access.Role.GEVINSTKOORDINATOR,
                no.gevinst.access.Role.GEVINSTEIER,
                no.gevinst.access.Role.MAALEANSVARLIG);
    }

    /** Imports a CSV or XLSX file now, all or nothing; a file beyond the upload limit is refused as it is read. */
    public RecordResult importNow(InputStream file, String fileName) {
        requireMayImport();
        InputStream bounded = new BoundedStream(file, maxFileBytes, "ingest.file.tooLarge");
        return intake.record(rows(bounded, fileName), MeasurementSource.FILE, MeasurementIntake.Progress.NONE);
    }

    /**
     * Marks jobs that no node is running any more as failed, with the reason: a job whose node stopped (a restart,
     * a crash) would otherwise show as running for ever. Its rows were written in the one transaction that died
     * with it, so nothing of it remains. A running job holds an advisory lock on its id for as long as its
     * transaction lasts; a job whose lock is free and that started more than a few seconds ago is not running.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void markInterrupted() {
        markInterrupted(null);
    }

    private void markInterrupted(UUID only) {
        int marked = separately.execute(status -> jdbc.sql("""
                        UPDATE import_job SET status = 'FAILED', errors = CAST(:errors AS jsonb), finished_at = now()
                        WHERE status = 'RUNNING' AND started_at < now() - interval '5 seconds'
                          AND (CAST(:only AS uuid) IS NULL OR id = CAST(:only AS uuid))
                          AND pg_try_advisory_xact_lock(hashtextextended(CAST(id AS text), 0))
                        """)
                .param("only", only == null ? null : only.toString())
                .param("errors", json.writeValueAsString(List.of(FieldViolation.of("file", "ingest.job.interrupted"))))
                .update());
        if (marked > 0) {
            log.warn("Marked {} interrupted import job(s) as failed", marked);
        }
    }

    /** Starts importing an uploaded file in the background; the file is deleted when done. */
    public UUID start(Path file, String fileName) {
        requireMayImport();
        UUID id = UUID.randomUUID();
        String user = access.currentUser().map(CurrentUser::getUsername).orElse("system");
        separately.executeWithoutResult(status -> jdbc.sql(
                        "INSERT INTO import_job (id, file_name, started_by, status) VALUES (:id, :name, :by, 'RUNNING')")
                .param("id", id)
                .param("name", displayName(fileName))
                .param("by", user)
                .update());
        // A copy of the user's security context: the request's own is cleared when the request ends.
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, file, fileName), copy));
        return id;
    }

    /** The job, if the current user started it. */
    public Optional<ImportJob> find(UUID id) {
        markInterrupted(id);
        String user = access.currentUser().map(CurrentUser::getUsername).orElse("");
        return jdbc.sql("SELECT *, errors::text AS errors_text FROM import_job WHERE id = :id AND started_by = :by")
                .param("id", id)
                .param("by", user)
                .query((rs, n) -> new ImportJob(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("started_by"),
                        ImportJob.Status.valueOf(rs.getString("status")),
                        rs.getLong("rows_read"),
                        rs.getLong("rows_rejected"),
                        rs.getLong("added"),
                        rs.getLong("unchanged"),
                        rs.getString("errors_text"),
                        rs.getTimestamp("started_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("finished_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .optional();
    }

    /** The violations of a refused job, for the page. */
    public List<FieldViolation> errors(ImportJob job) {
        if (job.errorsJson() == null) {
            return List.of();
        }
        return List.of(json.readValue(job.errorsJson(), FieldViolation[].class));
    }

    private void run(UUID id, Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            RecordResult result = together.execute(tx -> {
                // Held until the import commits or rolls back: while it is held, no node takes the job for dead.
                jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))")
                        .param("id", id.toString())
                        .query((rs, n) -> 1)
                        .list();
                return intake.record(
                        rows(in, fileName), MeasurementSource.FILE, (read, rejected) -> progress(id, read, rejected));
            });
            finish(id, ImportJob.Status.DONE, result, null);
        } catch (InvalidInputException e) {
            finish(id, ImportJob.Status.REFUSED, new RecordResult(0, 0), e.violations());
        } catch (IOException | RuntimeException e) {
            log.error("Import {} of {} failed", id, fileName, e);
            finish(id, ImportJob.Status.FAILED, new RecordResult(0, 0), null);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }

    /** The file's name as the page shows it: a label, so an absurdly long one is shortened rather than refused. */
    private static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "");
        return name.length() > TextLimits.LINE ? name.substring(0, TextLimits.LINE) : name;
    }

    private void progress(UUID id, long read, long rejected) {
        separately.executeWithoutResult(
                status -> jdbc.sql("UPDATE import_job SET rows_read = :read, rows_rejected = :rejected WHERE id = :id")
                        .param("id", id)
                        .param("read", read)
                        .param("rejected", rejected)
                        .update());
    }

    private void finish(UUID id, ImportJob.Status status, RecordResult result, List<FieldViolation> errors) {
        separately.executeWithoutResult(tx -> jdbc.sql("""
                        UPDATE import_job SET status = :status, added = :added, unchanged = :unchanged,
                            errors = CAST(:errors AS jsonb), finished_at = now()
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("status", status.name())
                .param("added", result.added())
                .param("unchanged", result.unchanged())
                .param("errors", errors == null ? null : json.writeValueAsString(errors))
                .update());
    }

    private static Iterator<IntakeRow> rows(InputStream in, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return MeasurementFile.xlsx(in);
        }
        Reader reader = new java.io.InputStreamReader(skipByteOrderMark(in), StandardCharsets.UTF_8);
        return MeasurementFile.csv(reader);
    }

    private static InputStream skipByteOrderMark(InputStream in) {
        try {
            java.io.PushbackInputStream stream = new java.io.PushbackInputStream(in, 3);
            byte[] head = stream.readNBytes(3);
            boolean bom = head.length == 3
                    && (head[0] & 0xFF) == 0xEF
                    && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            if (!bom) {
                stream.unread(head);
            }
            return stream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
