package no.gevinst.indicator.domain;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import no.gevinst.audit.AuditLog;
import no.gevinst.indicator.MeasurementIntake;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.indicator.RowError;
import no.gevinst.indicator.RowsRejectedException;
import no.gevinst.organisation.Organisations;
import no.gevinst.shared.IndicatorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks rows as they stream in and copies the good ones with PostgreSQL's COPY, in bounded chunks, straight into
 * {@code measurement} ({@link DirectMeasurementCopy}), or, once a row is met that is recorded already, into a
 * staging table of the transaction ({@link MeasurementStaging}) from which they are written with one statement. Rows
 * are checked against each other as they come ({@link OverlapWatch}); only a file that watch cannot vouch for is
 * checked for overlapping periods in SQL, over all its rows. When any row is bad, the transaction is rolled back and the bad rows are reported.
 * The heap holds the checks' caches, one chunk and at most {@value MeasurementIntake#MAX_REPORTED_ERRORS} errors,
 * whatever the size of the file.
 */
@Service
class ChunkedMeasurementIntake implements MeasurementIntake {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChunkedMeasurementIntake.class);
    private static final int PROGRESS_EVERY = 10_000;

    /** After adding more rows than this, the planner's statistics of the tables are brought up to date. */
    static final long ANALYZE_AFTER = 10_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final IndicatorRepository indicators;
    private final IndicatorAccess access;
    private final Organisations organisations;
    private final IndicatorStatusRefresher refresher;
    private final AuditLog auditLog;

    ChunkedMeasurementIntake(
            JdbcClient jdbc,
            DataSource dataSource,
            IndicatorRepository indicators,
            IndicatorAccess access,
            Organisations organisations,
            IndicatorStatusRefresher refresher,
            AuditLog auditLog) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.indicators = indicators;
        this.access = access;
        this.organisations = organisations;
        this.refresher = refresher;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public RecordResult record(Iterator<IntakeRow> rows, MeasurementSource source, Progress progress) {
        String actor = access.actor();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ImportIds ids = new ImportIds();
        try (MeasurementStaging staging = new MeasurementStaging(jdbc, connection);
                DirectMeasurementCopy direct = new DirectMeasurementCopy(connection, ids, source, actor)) {
            Intake intake = new Intake(staging, direct, ids);
            IntakeRowChecks checks = new IntakeRowChecks(indicators, access, organisations.all(), intake::beforeLookup);
            OverlapWatch watch = new OverlapWatch();
            Phases phases = new Phases();
            long read = checkAndCopy(rows, checks, watch, intake, progress);
            intake.beforeLookup();
            List<RowError> errors = new ArrayList<>(checks.errors);
            phases.done("check and copy " + read + " rows, " + direct.written() + " written straight");
            long overlapping = watch.surelyNoOverlaps()
                    ? 0
                    : intake.staged ? staging.overlaps(errors::add) : staging.overlapsWritten(ids, errors::add);
            phases.done("overlaps" + (watch.surelyNoOverlaps() ? " (none, seen as the rows came)" : ""));
            long rejected = checks.rejected + overlapping;
            progress.update(read, rejected);
            refuseIfAny(errors, rejected);
            long added = direct.written();
            boolean mayConflict = false;
            if (intake.staged) {
                MeasurementStaging.Written written = staging.insert(source, actor);
                added += written.added();
                mayConflict = written.mayConflict();
            }
            phases.done("insert");
            if (mayConflict) {
                long conflicting = staging.conflicts(source, errors::add);
                phases.done("conflicts");
                progress.update(read, conflicting);
                refuseIfAny(errors, conflicting);
            }
            afterWriting(added, checks, source, phases);
            return new RecordResult(added, checks.accepted - added);
        }
    }

    /** Checks each row as it streams in and sends those that pass on; the number of rows read. */
    private static long checkAndCopy(
            Iterator<IntakeRow> rows, IntakeRowChecks checks, OverlapWatch watch, Intake intake, Progress progress) {
        long read = 0;
        while (rows.hasNext()) {
            IntakeRowChecks.Checked checked = checks.check(rows.next());
            read++;
            if (checked != null) {
                watch.add(checked);
                intake.add(checked);
            }
            if (read % PROGRESS_EVERY == 0) {
                progress.update(read, checks.rejected);
            }
        }
        return read;
    }

    /** What follows a write that added rows: fresh statistics after a large one, the status and the audit. */
    private void afterWriting(long added, IntakeRowChecks checks, MeasurementSource source, Phases phases) {
        if (added > ANALYZE_AFTER) {
            // Stale statistics made the next import's checks pick a wrong plan (3.2 s instead of 10 ms a chunk).
            jdbc.sql("SELECT measurement_statistics_refresh()")
                    .query((rs, n) -> 1)
                    .list();
            phases.done("analyze");
        }
        if (added > 0) {
            // Nothing added, nothing to recompute; and the status is computed from the period totals, a few
            // rows per indicator, not from the rows of its latest periods.
            refresher.refreshFromPeriodTotals(checks.touched);
        }
        phases.done("status refresh");
        long unchanged = checks.accepted - added;
        if (added > 0) {
            audit(checks, source, added, unchanged);
        }
        phases.done("audit");
    }

    /**
     * Where the checked rows go: straight into {@code measurement} while none of them is recorded already, then,
     * from the chunk that met a recorded row on, into the staging table (with the rows written before).
     */
    private static final class Intake {
        private final MeasurementStaging staging;
        private final DirectMeasurementCopy direct;
        private final ImportIds ids;
        private boolean staged;

        Intake(MeasurementStaging staging, DirectMeasurementCopy direct, ImportIds ids) {
            this.staging = staging;
            this.direct = direct;
            this.ids = ids;
        }

        void add(IntakeRowChecks.Checked row) {
            if (staged) {
                staging.add(row, ids);
            } else {
                stage(direct.add(row));
            }
        }

        /** Ends the COPY under way: the connection answers no look-up while one is open. */
        void beforeLookup() {
            if (!staged) {
                stage(direct.end());
            }
            if (staged) {
                // Also when the chunk just ended was staged: staging it started a COPY of its own.
                staging.pause();
            }
        }

        private void stage(List<IntakeRowChecks.Checked> refused) {
            if (refused.isEmpty()) {
                return;
            }
            staged = true;
            staging.adoptWritten(ids);
            refused.forEach(row -> staging.add(row, ids));
        }
    }

    /** How long the steps after the copy took, for the debug log. */
    private static final class Phases {
        private long start = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            log.debug("Intake {}: {} ms", phase, (now - start) / 1_000_000);
            start = now;
        }
    }

    /** Throwing rolls back everything written so far: all or nothing. */
    private static void refuseIfAny(List<RowError> errors, long rejected) {
        if (rejected > 0) {
            List<RowError> named = errors.stream()
                    .sorted(Comparator.comparingLong(RowError::row))
                    .limit(MAX_REPORTED_ERRORS)
                    .toList();
            throw new RowsRejectedException(named);
        }
    }

    /** One entry per request or import job: the rows themselves keep who recorded them and when. */
    private void audit(IntakeRowChecks checks, MeasurementSource source, long added, long unchanged) {
        Set<IndicatorId> touched = checks.touched;
        auditLog.record(
                access.auditScope(checks.touchedIndicators()),
                "measurements",
                touched.size() == 1 ? touched.iterator().next() : "batch-" + UUID.randomUUID(),
                "record",
                null,
                new Recorded(
                        source,
                        added,
                        unchanged,
                        checks.accepted,
                        new TreeSet<>(
                                touched.stream().map(IndicatorId::toString).toList()),
                        checks.recordedFor,
                        checks.from,
                        checks.to));
    }

    /**
     * What one intake recorded, as the audit log keeps it.
     *
     * @param rows the rows that passed (added, or already recorded with the same value)
     */
    record Recorded(
            MeasurementSource source,
            long added,
            long unchanged,
            long rows,
            Set<String> indicators,
            Set<String> organisations,
            LocalDate periodFrom,
            LocalDate periodTo) {}
}
