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
import java.util.ArrayList;
import java.util.List;
import no.gevinst.indicator.MeasurementSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The rows of an intake copied straight into {@code measurement} with PostgreSQL's COPY, as they are checked: the
 * database writes one chunk while the next is read and checked, and nothing is written twice. Most files bring only
 * new rows; a row that is recorded already stops the COPY (the unique index of current measurements refuses it),
 * so each chunk is copied from a savepoint and its rows are kept until it is through: a chunk that meets a recorded
 * row is undone and handed back, for the intake to stage and write with the rules for recorded rows. The heap holds
 * at most {@value #CHUNK} rows.
 */
final class DirectMeasurementCopy implements AutoCloseable {

    static final int CHUNK = 50_000;
    private static final String COPY = "COPY measurement (id, indicator_id, organisation_id, unit, period_start,"
            + " period_end, value, method, confidence, comment, source, recorded_by) FROM STDIN";
    private static final String RECORDED_ALREADY = "23505";
    private static final int BUFFER = 1 << 16;

    private final Connection connection;
    private final ImportIds ids;
    private final String tail;
    private final List<IntakeRowChecks.Checked> chunk = new ArrayList<>();
    private PGCopyOutputStream copy;
    private Writer out;
    private Savepoint savepoint;
    private long written;
    private long lastRow = -1;

    DirectMeasurementCopy(Connection connection, ImportIds ids, MeasurementSource source, String recordedBy) {
        this.connection = connection;
        this.ids = ids;
        this.tail = "\t" + source.name() + "\t" + CopyText.escaped(recordedBy) + "\n";
    }

    /**
     * Copies the row; when that completes a chunk which met a recorded row, the chunk's rows come back (and nothing
     * of them is written), else none.
     */
    List<IntakeRowChecks.Checked> add(IntakeRowChecks.Checked row) {
        if (row.row() <= lastRow) {
            // The ids carry the row numbers, so they must rise (every source numbers its rows from 1 upwards).
            throw new IllegalArgumentException("Row " + row.row() + " after row " + lastRow);
        }
        lastRow = row.row();
        try {
            if (out == null) {
                savepoint = connection.setSavepoint();
                copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, BUFFER);
                out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER);
            }
            out.write(ids.of(row.row()).toString());
            CopyText.row(out, row);
            out.write(tail);
        } catch (IOException e) {
            chunk.add(row);
            return refused(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start copying measurements", e);
        }
        chunk.add(row);
        return chunk.size() >= CHUNK ? end() : List.of();
    }

    /**
     * Ends the COPY under way, if any (the connection answers no other statement while it is open): its rows are
     * written, or, if it met a recorded row, undone and handed back.
     */
    List<IntakeRowChecks.Checked> end() {
        if (out == null) {
            return List.of();
        }
        try {
            out.close();
        } catch (IOException e) {
            return refused(e);
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release the savepoint of a copied chunk", e);
        }
        written += chunk.size();
        reset();
        return List.of();
    }

    /** How many rows were written. */
    long written() {
        return written;
    }

    private List<IntakeRowChecks.Checked> refused(IOException e) {
        SQLException cause = sqlCause(e);
        if (cause == null || !RECORDED_ALREADY.equals(cause.getSQLState())) {
            throw new UncheckedIOException(e);
        }
        close();
        try {
            connection.rollback(savepoint);
        } catch (SQLException undo) {
            throw new IllegalStateException("Could not undo a chunk to its savepoint", undo);
        }
        List<IntakeRowChecks.Checked> rows = List.copyOf(chunk);
        reset();
        return rows;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private void reset() {
        chunk.clear();
        out = null;
        copy = null;
        savepoint = null;
    }

    @Override
    public void close() {
        CopyText.cancel(copy);
        out = null;
        copy = null;
    }
}
