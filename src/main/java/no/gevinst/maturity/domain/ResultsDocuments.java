package no.gevinst.maturity.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.maturity.ResultCell;
import no.gevinst.maturity.ResultRow;
import no.gevinst.maturity.Results;
import no.gevinst.programme.Programme;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentTemplates;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ReaderFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * A round's results as a printed document, laid out by {@code templates/documents/maturity-results.html} (PDF/UA and
 * PDF/A like every document Gevinst prints), and as a workbook by {@link ResultsWorkbook}. Both show only what the
 * results page shows: rows of at least five respondents.
 */
@Component
class ResultsDocuments {

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final ResultsWorkbook workbook;

    ResultsDocuments(MessageSource messages, ITemplateEngine templates, ResultsWorkbook workbook) {
        this.messages = messages;
        this.templates = templates;
        this.workbook = workbook;
    }

    /** What the template lays out, in the reader's language and typeset. */
    record Model(
            String title, String subject, List<String> meta, String rule, DocumentTable means, DocumentTable changes) {}

    byte[] pdf(Results results, Programme programme) {
        Locale locale = LocaleContextHolder.getLocale();
        return DocumentTemplates.pdf(
                templates, "maturity-results", Map.of("doc", model(results, programme, locale)), locale);
    }

    byte[] workbook(Results results, Programme programme) {
        return workbook.write(results, programme, LocaleContextHolder.getLocale());
    }

    Model model(Results r, Programme programme, Locale locale) {
        DocumentWriter w = new DocumentWriter(messages, locale, "maturity.results.none", "maturity.results.none");
        List<String> headings = new ArrayList<>(List.of("maturity.results.unit", "maturity.results.respondents"));
        r.dimensions().forEach(d -> headings.add("maturity.dimension." + d));
        List<String> meta = List.of(
                w.word("maturity.pdf.programme", programme.code() + " – " + programme.name()),
                w.word(
                        "maturity.pdf.period",
                        ReaderFormats.date(r.round().opensOn(), locale),
                        ReaderFormats.date(r.round().closesOn(), locale)),
                w.word("maturity.pdf.respondents", String.valueOf(r.respondents()), String.valueOf(r.withheldGroups())),
                w.word("maturity.pdf.written", ReaderFormats.date(NorwegianTime.today(), locale)));
        return new Model(
                w.word("maturity.pdf.title", r.round().name()),
                programme.code() + " – " + programme.name(),
                r.round().demo() ? withDemo(meta, w) : meta,
                w.word("maturity.results.rule", String.valueOf(Results.THRESHOLD)),
                w.tableOf(headings, r.rows(), row -> cells(row, w, false)),
                r.previous() == null ? null : w.tableOf(headings, r.rows(), row -> cells(row, w, true)));
    }

    private static List<String> withDemo(List<String> meta, DocumentWriter w) {
        List<String> lines = new ArrayList<>(meta);
        lines.add(w.word("maturity.demo"));
        return lines;
    }

    private static List<String> cells(ResultRow row, DocumentWriter w, boolean change) {
        List<String> cells = new ArrayList<>();
        cells.add(
                row.pooled()
                        ? w.word("maturity.results.pooled", row.name(), String.join(", ", row.pooledFrom()))
                        : row.name());
        cells.add(String.valueOf(row.respondents()));
        for (ResultCell c : row.cells()) {
            if (change) {
                cells.add(c.change() == null ? "–" : signed(c.change(), w));
            } else {
                cells.add(
                        c.mean() == null
                                ? "–"
                                : decimal(c.mean(), w) + " (" + w.word("maturity.level." + c.level()) + ")");
            }
        }
        return cells;
    }

    private static String signed(BigDecimal change, DocumentWriter w) {
        return (change.signum() > 0 ? "+" : change.signum() < 0 ? "\u2212" : "±") + decimal(change.abs(), w);
    }

    /** A mean or change to one decimal, as the reader writes numbers: "3,0", not "3". */
    private static String decimal(BigDecimal value, DocumentWriter w) {
        String text = value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        return "en".equals(w.locale().getLanguage()) ? text : text.replace('.', ',');
    }
}
