package no.gevinst.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams generated CSV rows into one table with PostgreSQL's {@code COPY ... FROM STDIN}: rows go out through a
 * 64 kB buffer as they are made, so a load of ten million rows never holds more than that in memory.
 */
final class CsvCopy implements AutoCloseable {

    private final Writer out;
    private final StringBuilder row = new StringBuilder(256);
    private long rows;

    private CsvCopy(Writer out) {
        this.out = out;
    }

    static CsvCopy into(Connection connection, String table, String columns) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        PGCopyOutputStream stream =
                new PGCopyOutputStream(pg, "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)", 1 << 16);
        return new CsvCopy(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Adds a field to the current row as it is: for numbers, dates and ids, which need no quoting. */
    CsvCopy field(Object value) {
        if (!row.isEmpty()) {
            row.append(',');
        }
        row.append(value);
        return this;
    }

    /** Adds a field written through the builder, without making a string of it first (the hot path). */
    StringBuilder raw() {
        if (!row.isEmpty()) {
            row.append(',');
        }
        return row;
    }

    /** Adds a text field, quoted as CSV quotes it. */
    CsvCopy text(String value) {
        if (!row.isEmpty()) {
            row.append(',');
        }
        row.append('"').append(value.replace("\"", "\"\"")).append('"');
        return this;
    }

    /** An empty unquoted field is NULL in CSV. */
    CsvCopy nullField() {
        return field("");
    }

    void endRow() {
        try {
            row.append('\n');
            out.append(row);
            row.setLength(0);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
