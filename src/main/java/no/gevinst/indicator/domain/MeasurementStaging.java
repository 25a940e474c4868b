package no.gevinst.indicator.domain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Consumer;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RowError;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of one intake that are not copied straight into {@code measurement} ({@link DirectMeasurementCopy}): once
 * an intake meets a recorded row, its rows are copied with PostgreSQL's COPY into a temporary table of the intake's
 * transaction as they stream in, checked against each other and against what is recorded with a few set-based
 * statements, then written to {@code measurement} with one {@code INSERT … SELECT}. The rows written straight before
 * are staged too, marked as written, so that the checks across rows see the whole file. Nothing of the file is held
 * in the heap: the copy is sent as it is written, through a buffer of fixed size.
 */
final class MeasurementStaging implements AutoCloseable {

    private static final String COPY = "COPY pg_temp.measurement_intake (row, id, indicator_id, organisation_id, unit,"
            + " period_start, period_end, value, method, confidence, comment) FROM STDIN";
    private static final int BUFFER = 1 << 16;

    private final JdbcClient jdbc;
    private final NamedRows namedRows;
    private final Connection connection;
    private PGCopyOutputStream copy;
    private Writer out;
    private long staged;

    /** Creates the staging table in the transaction of {@code connection}, which {@code jdbc} also uses. */
    MeasurementStaging(JdbcClient jdbc, Connection connection) {
        this.jdbc = jdbc;
        this.namedRows = new NamedRows(jdbc);
        this.connection = connection;
        // An earlier intake in the same transaction may have left its table behind (ON COMMIT DROP drops it only
        // at the end of the transaction).
        jdbc.sql("DROP TABLE IF EXISTS pg_temp.measurement_intake").update();
        jdbc.sql("""
                        CREATE TEMPORARY TABLE measurement_intake (
                            row bigint NOT NULL, id uuid NOT NULL, indicator_id uuid NOT NULL, organisation_id uuid NOT NULL,
                            unit text NOT NULL, period_start date NOT NULL, period_end date NOT NULL,
                            value numeric NOT NULL, method text NOT NULL, confidence text NOT NULL,
                            comment text NOT NULL, written boolean NOT NULL DEFAULT false
                        ) ON COMMIT DROP
                        """).update();
    }

    /** Adds a checked row to the copy, starting one if none is under way. */
    void add(IntakeRowChecks.Checked row, ImportIds ids) {
        try {
            if (out == null) {
                copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, BUFFER);
                out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER);
            }
            out.write(Long.toString(row.row()));
            out.write('\t');
            out.write(ids.of(row.row()).toString());
            CopyText.row(out, row);
            out.write('\n');
            staged++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start copying measurements", e);
        }
    }

    /**
     * Ends the copy under way, if any: the connection answers no other statement while a copy is open, so this
     * comes before every look-up the row checks make (they are few: each is cached for the rest of the intake).
     */
    void pause() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            out = null;
            copy = null;
        }
    }

    long staged() {
        return staged;
    }

    /** Stages the rows already written straight into {@code measurement}, marked as written. */
    void adoptWritten(ImportIds ids) {
        pause();
        jdbc.sql("""
                        INSERT INTO pg_temp.measurement_intake (row, id, indicator_id, organisation_id, unit,
                            period_start, period_end, value, method, confidence, comment, written)
                        SELECT %s, id, indicator_id, organisation_id, unit, period_start, period_end, value, method,
                               confidence, comment, true
                        FROM measurement WHERE id BETWEEN :first AND :last
                        """.formatted(ImportIds.ROW_OF.formatted("id")))
                .param("first", ids.first())
                .param("last", ids.last())
                .update();
    }

    /**
     * Rows whose period overlaps that of an earlier row for the same indicator, organisation and unit, each named
     * with the first such earlier row. Two window passes find the rows in any overlap in one sort; only those are
     * then compared pairwise, so a file without overlaps pays one sort.
     *
     * @return how many rows overlap
     */
    long overlaps(Consumer<RowError> named) {
        pause();
        return overlaps("pg_temp.measurement_intake", "row", "%s", named);
    }

    /**
     * The same for rows that were all written straight into {@code measurement}: they are the range of the primary
     * key that the intake's ids span, in the order of their rows.
     */
    long overlapsWritten(ImportIds ids, Consumer<RowError> named) {
        String range = "(SELECT * FROM measurement WHERE id BETWEEN '%s' AND '%s')".formatted(ids.first(), ids.last());
        return overlaps(range, "id", ImportIds.ROW_OF, named);
    }

    private long overlaps(String rows, String order, String rowOf, Consumer<RowError> named) {
        return namedRows.query(
                """
                        WITH ordered AS (
                            SELECT s.*,
                                   max(period_end) OVER (PARTITION BY indicator_id, organisation_id, unit
                                                         ORDER BY period_start, {order}
                                                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end,
                                   lead(period_start) OVER (PARTITION BY indicator_id, organisation_id, unit
                                                            ORDER BY period_start, {order}) AS next_start
                            FROM {rows} s),
                        candidates AS (
                            SELECT * FROM ordered WHERE before_end >= period_start OR next_start <= period_end),
                        bad AS (
                            SELECT r.{order} AS seq, (array_agg(e.{order} ORDER BY e.{order}))[1] AS clash
                            FROM candidates r
                            JOIN candidates e ON e.indicator_id = r.indicator_id
                             AND e.organisation_id = r.organisation_id AND e.unit = r.unit AND e.{order} < r.{order}
                             AND e.period_start <= r.period_end AND e.period_end >= r.period_start
                            GROUP BY r.{order})
                        SELECT {rowOfSeq} AS row, {rowOfClash}::text AS argument, count(*) OVER () AS bad FROM bad
                        ORDER BY seq LIMIT :limit
                        """.replace("{order}", order)
                        .replace("{rows}", rows)
                        .replace("{rowOfSeq}", rowOf.formatted("seq"))
                        .replace("{rowOfClash}", rowOf.formatted("clash")),
                null,
                "periodStart",
                "measurement.period.overlap",
                named,
                true);
    }

    /** What writing the staged rows did: rows added, and whether some may be recorded with another value. */
    record Written(long added, boolean mayConflict) {}

    /**
     * Writes the staged rows that are not recorded yet; a row whose indicator, organisation, unit, period and source
     * are already recorded adds nothing. One statement probes the unique index of current measurements once per row,
     * inserts the rows it did not find and counts those found with another value (a file sent again pays one probe
     * a row, not the three of an insert, an insert that skips recorded rows and a look-up of their values). The
     * insert is a plain one: {@code ON CONFLICT} would insert each row speculatively (an extra log record and index
     * look-up per row). Only if another transaction recorded one of the rows since the probe does the plain insert
     * stop at it; it is then undone to its savepoint and the insert that skips recorded rows runs instead.
     */
    Written insert(MeasurementSource source, String recordedBy) {
        pause();
        Savepoint before = savepoint();
        try {
            Written written = jdbc.sql("""
                            WITH probed AS MATERIALIZED (
                                SELECT s.*, m.value AS recorded
                                FROM pg_temp.measurement_intake s
                                LEFT JOIN LATERAL (%s) m ON true
                                WHERE NOT s.written),
                            added AS (
                                INSERT INTO measurement (id, indicator_id, value, period_start, period_end,
                                    organisation_id, unit, source, method, confidence, comment, recorded_by)
                                SELECT id, indicator_id, value, period_start, period_end, organisation_id, unit,
                                       :source, method, confidence, comment, :by
                                FROM probed WHERE recorded IS NULL
                                RETURNING 1)
                            SELECT (SELECT count(*) FROM added) AS added,
                                   count(*) FILTER (WHERE recorded <> value) AS conflicting
                            FROM probed
                            """.formatted(RECORDED))
                    .param("source", source.name())
                    .param("by", recordedBy)
                    .query((rs, n) -> new Written(rs.getLong("added"), rs.getLong("conflicting") > 0))
                    .single();
            connection.releaseSavepoint(before);
            return written;
        } catch (DuplicateKeyException recordedMeanwhile) {
            rollbackTo(before);
            return new Written(insertSkippingRecorded(source, recordedBy), true);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release the savepoint of the insert", e);
        }
    }

    /** The insert that skips the rows recorded already, for when another transaction recorded one meanwhile. */
    private long insertSkippingRecorded(MeasurementSource source, String recordedBy) {
        return jdbc.sql("""
                            INSERT INTO measurement (id, indicator_id, value, period_start, period_end,
                                organisation_id, unit, source, method, confidence, comment, recorded_by)
                            SELECT id, indicator_id, value, period_start, period_end, organisation_id, unit,
                                   :source, method, confidence, comment, :by
                            FROM pg_temp.measurement_intake WHERE NOT written
                            ON CONFLICT (indicator_id, organisation_id, unit, period_start, period_end, source)
                                WHERE superseded_by IS NULL DO NOTHING""")
                .param("source", source.name())
                .param("by", recordedBy)
                .update();
    }

    /**
     * The value recorded for the staged row {@code s} from the same source, by one probe of the unique index of
     * current measurements. OFFSET 0 keeps the planner from turning the probe into a join, which it planned as a
     * merge on (indicator, period end) alone and then compared every unit of a period with every other: 15 s for
     * 30 000 rows instead of a fraction of one.
     */
    private static final String RECORDED = """
            SELECT r.value FROM measurement r
            WHERE r.indicator_id = s.indicator_id AND r.organisation_id = s.organisation_id
              AND r.unit = s.unit AND r.period_start = s.period_start
              AND r.period_end = s.period_end AND r.source = :source AND r.superseded_by IS NULL
            OFFSET 0""";

    private Savepoint savepoint() {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set a savepoint before the insert", e);
        }
    }

    private void rollbackTo(Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not undo the insert to its savepoint", e);
        }
    }

    /**
     * Rows that were not added because the same measurement is recorded with another value: refused, naming the
     * value recorded. The others were recorded already with the same value.
     *
     * @return how many rows conflict
     */
    long conflicts(MeasurementSource source, Consumer<RowError> named) {
        return namedRows.query("""
                        SELECT s.row, trim_scale(m.value)::text AS argument, count(*) OVER () AS bad
                        FROM pg_temp.measurement_intake s
                        CROSS JOIN LATERAL (%s) m
                        WHERE m.value <> s.value AND NOT s.written
                        ORDER BY s.row LIMIT :limit
                        """.formatted(RECORDED), source, "value", "measurement.conflict", named, false);
    }

    @Override
    public void close() {
        CopyText.cancel(copy);
        out = null;
        copy = null;
    }
}
