package no.gevinst.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Writes the XHTML of the printed documents (plans, annual status, steering group report) in the reader's language:
 * escaped text, numbered sections, prose paragraphs, tables and SVG drawings sized for the page. One per document;
 * {@link Pdf} renders the result.
 */
public final class DocumentWriter {

    public static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
            body { font-family: sans-serif; font-size: 9.5pt; color: #1e2b3c; }
            h1 { font-size: 20pt; margin: 0 0 6pt 0; }
            h2 { font-size: 13pt; margin: 16pt 0 6pt 0; border-bottom: 1px solid #c6ccd6; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 10pt 0 4pt 0; page-break-after: avoid; }
            h4 { font-size: 9.5pt; margin: 8pt 0 2pt 0; }
            p.meta { color: #4b5563; }
            table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }
            th, td { border: 1px solid #c6ccd6; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eef2f7; }
            td.num { text-align: right; }
            table.matrix td { width: 14%; text-align: center; }
            .chart, .drawing { page-break-inside: avoid; }
            """;

    private final StringBuilder out = new StringBuilder();
    private final MessageSource messages;
    private final Locale locale;
    private final String noneKey;
    private final String notWrittenKey;
    private int sectionNumber;

    /**
     * @param noneKey the message that stands in for an empty table
     * @param notWrittenKey the message that stands in for empty prose
     */
    public DocumentWriter(MessageSource messages, Locale locale, String noneKey, String notWrittenKey) {
        this.messages = messages;
        this.locale = locale;
        this.noneKey = noneKey;
        this.notWrittenKey = notWrittenKey;
    }

    public Locale locale() {
        return locale;
    }

    public DocumentWriter raw(String xhtml) {
        out.append(xhtml);
        return this;
    }

    public DocumentWriter text(String text) {
        out.append(Pdf.escape(text));
        return this;
    }

    public DocumentWriter section(String key) {
        sectionNumber++;
        return raw("<h2>").text(sectionNumber + " " + word(key)).raw("</h2>");
    }

    /** The plan's own prose, paragraph by paragraph; an empty section says that it is not written yet. */
    public DocumentWriter prose(String text) {
        if (text.isBlank()) {
            return raw("<p><em>").text(word(notWrittenKey)).raw("</em></p>");
        }
        for (String paragraph : text.split("\\R\\s*\\R")) {
            raw("<p>").text(paragraph.strip()).raw("</p>");
        }
        return this;
    }

    public <T> DocumentWriter table(
            List<String> headings, List<T> rows, java.util.function.Function<T, List<String>> cells) {
        if (rows.isEmpty()) {
            return raw("<p>").text(word(noneKey)).raw("</p>");
        }
        raw("<table><thead><tr>");
        headings.forEach(h -> raw("<th>").text(word(h)).raw("</th>"));
        raw("</tr></thead><tbody>");
        for (T row : rows) {
            raw("<tr>");
            cells.apply(row).forEach(c -> raw("<td>").text(c).raw("</td>"));
            raw("</tr>");
        }
        return raw("</tbody></table>");
    }

    /** An SVG drawn in a box the renderer can size: its viewBox scaled, capped to the page's width. */
    public DocumentWriter svg(String svg, double scale) {
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"")
                .matcher(svg);
        if (!box.find()) {
            return raw(svg);
        }
        double width = Double.parseDouble(box.group(1));
        double height = Double.parseDouble(box.group(2));
        double fit = Math.min(scale, 680 / width);
        // Only the root element's size is replaced; the drawing's own shapes keep theirs.
        int rootEnd = svg.indexOf('>');
        String root = svg.substring(0, rootEnd)
                .replaceFirst("\\swidth=\"[0-9.]+\"", "")
                .replaceFirst("\\sheight=\"[0-9.]+\"", "")
                .replaceFirst(
                        "<svg ",
                        "<svg style=\"width: " + fmt(width * fit) + "px; height: " + fmt(height * fit) + "px\" ");
        String sized = root + svg.substring(rootEnd);
        return raw(sized);
    }

    public String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** Whole kroner grouped with plain spaces and a plain minus, which every font has, in every language. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nb-NO"));
        return format.format(amount.setScale(0, RoundingMode.HALF_EVEN))
                        .replace('\u00A0', ' ')
                        .replace('\u202F', ' ')
                        .replace('\u2212', '-')
                + " kr";
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
