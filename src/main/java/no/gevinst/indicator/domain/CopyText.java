package no.gevinst.indicator.domain;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import org.postgresql.copy.PGCopyOutputStream;

/** A checked row in the text format of PostgreSQL's COPY, as the staging table and {@code measurement} take it. */
final class CopyText {

    private CopyText() {}

    /**
     * Writes the row's fields from the indicator to the comment, each after a tab, in the order of both COPY
     * statements.
     */
    static void row(Writer out, IntakeRowChecks.Checked row) throws IOException {
        field(out, row.indicator().toString());
        field(out, row.organisation().toString());
        field(out, escaped(row.unit()));
        field(out, row.start().toString());
        field(out, row.end().toString());
        field(out, row.value().toPlainString());
        field(out, escaped(row.method()));
        field(out, row.confidence().name());
        field(out, escaped(row.comment()));
    }

    /** Leaves copy mode if a COPY is still open: whatever ended the intake early, before the rollback. */
    static void cancel(PGCopyOutputStream copy) {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // The rollback that follows reports the connection's state.
            }
        }
    }

    private static void field(Writer out, String text) throws IOException {
        out.write('\t');
        out.write(text);
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
    static String escaped(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
