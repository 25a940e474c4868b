package no.gevinst.access.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import no.gevinst.access.domain.AccessReview;
import no.gevinst.shared.NorwegianTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The access review as a spreadsheet reads it: semicolons, every cell quoted, times in Oslo, and any cell a
 * spreadsheet would run as a formula prefixed with {@code '}.
 */
final class AccessReviewCsv {

    static final List<String> HEADINGS =
            List.of("name", "username", "role", "organisation", "programme", "grantedBy", "grantedAt", "lastSignInAt");

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(NorwegianTime.zone());

    private AccessReviewCsv() {}

    static void write(List<AccessReview.Row> rows, Map<String, String> granterNames, Writer out) throws IOException {
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setQuoteMode(QuoteMode.ALL)
                .setHeader(HEADINGS.toArray(String[]::new))
                .get();
        out.write('\ufeff'); // lets Excel recognise UTF-8
        CSVPrinter csv = new CSVPrinter(out, format);
        for (AccessReview.Row row : rows) {
            String by = row.grant().grantedBy();
            csv.printRecord(List.of(
                    cell(row.displayName()),
                    cell(row.username()),
                    cell(row.grant().role().name()),
                    cell(row.organisationName()),
                    cell(row.programmeName()),
                    cell(by == null ? "" : granterNames.getOrDefault(by, by)),
                    time(row.grant().grantedAt()),
                    time(row.lastSignInAt())));
        }
        csv.flush();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
