package no.gevinst.audit.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import no.gevinst.audit.LoggedChange;
import no.gevinst.shared.NorwegianTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes audit entries as CSV the way the register's export does (semicolons, every field quoted, UTF-8 with a
 * byte order mark for Excel), one row an entry with the states as JSON. Text that a spreadsheet would run as a
 * formula gets a leading {@code '} (OWASP "CSV injection"): names and ids come from users.
 */
final class AuditCsv {

    static final String[] HEADINGS = {
        "id",
        "occurredAt",
        "actor",
        "actorName",
        "entityType",
        "entityId",
        "action",
        "programmeId",
        "organisationId",
        "changedFields",
        "before",
        "after"
    };

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter csv;

    AuditCsv(Writer out) {
        try {
            out.write('\ufeff');
            this.csv = new CSVPrinter(
                    out,
                    CSVFormat.Builder.create(CSVFormat.EXCEL)
                            .setDelimiter(';')
                            .setQuoteMode(QuoteMode.ALL)
                            .setHeader(HEADINGS)
                            .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(List<LoggedChange> changes) {
        try {
            for (LoggedChange change : changes) {
                var entry = change.entry();
                csv.printRecord(
                        entry.id(),
                        entry.occurredAt().atZone(NorwegianTime.zone()).toOffsetDateTime(),
                        neutralised(entry.actor()),
                        neutralised(change.actorName()),
                        neutralised(entry.entityType()),
                        neutralised(entry.entityId()),
                        neutralised(entry.action()),
                        change.programme() == null ? "" : change.programme(),
                        change.organisation() == null ? "" : change.organisation(),
                        neutralised(String.join(",", entry.changedFields())),
                        entry.before() == null ? "" : neutralised(entry.before()),
                        entry.after() == null ? "" : neutralised(entry.after()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
