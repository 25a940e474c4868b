package no.gevinst.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * What the printed documents' templates are fed, in the reader's language: words, amounts and numbers typeset, prose
 * as paragraphs, tables as models, and SVG drawings sized for the page with their alternative text (the drawing's own
 * SVG title, as PDF/UA asks). One per document; the templates under {@code templates/documents/} lay it out and
 * {@link Pdf} renders the result.
 */
public final class DocumentWriter {

    /** The one stylesheet of every printed document. */
    public static final String STYLE = stylesheet();

    /** The width of a portrait A4 page's text in CSS pixels (210 mm less two margins of 16 mm), rounded down. */
    static final double PAGE_WIDTH = 670;

    /** Amounts, counts, shares and dates: right-aligned and never broken inside. */
    private static final Pattern NUMERIC = Pattern.compile(
            "[\\u2212+-]?[0-9][0-9\\u202F\\u00A0 .,]*([ \\u00A0](kr|%|pp))?( \\([0-9.]+\\))?|[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}|–");

    private static final Pattern PROSE_AMOUNT =
            Pattern.compile("(?<![\\d\\w])(-?\\d{1,3}(?: \\d{3})*(?:,\\d+)?) (kr\\b|kroner\\b|NOK\\b)");

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>");

    private final StringBuilder out = new StringBuilder();
    private final MessageSource messages;
    private final Locale locale;
    private final String noneKey;

    /**
     * @param noneKey the message that stands in for an empty table
     * @param notWrittenKey kept for the callers' symmetry: empty prose is now the templates' to word
     */
    public DocumentWriter(MessageSource messages, Locale locale, String noneKey, String notWrittenKey) {
        this.messages = messages;
        this.locale = locale;
        this.noneKey = noneKey;
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag the document declares: nb, nn or en, as the reader asked. */
    public String language() {
        return Language.of(locale).tag();
    }

    public DocumentWriter raw(String xhtml) {
        out.append(xhtml);
        return this;
    }

    public DocumentWriter text(String text) {
        out.append(Pdf.escape(text));
        return this;
    }

    /** Prose as its paragraphs, amounts typeset; none when it is not written yet (the template says so). */
    public List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R\\s*\\R"))
                .map(p -> typesetAmounts(p.strip()))
                .toList();
    }

    /** The same table as a model for a template: headings translated, cells typeset and classified. */
    public <T> DocumentTable tableOf(List<String> headings, List<T> rows, Function<T, List<String>> cells) {
        return new DocumentTable(
                headings.stream().map(h -> word(h)).toList(),
                rows.stream()
                        .map(row -> cells.apply(row).stream()
                                .map(DocumentWriter::cellOf)
                                .toList())
                        .toList());
    }

    /** The markup written so far, to hand a template (a drawing sized and given its alternative text). */
    public String markup() {
        return out.toString();
    }

    private static DocumentTable.Cell cellOf(String content) {
        return NUMERIC.matcher(content).matches()
                ? new DocumentTable.Cell(content, true)
                : new DocumentTable.Cell(typesetAmounts(content), false);
    }

    /**
     * An SVG drawn in a box the renderer can size: its viewBox scaled, capped to the page's width. Its alternative
     * text is the drawing's own title, which the pages' screen readers read too.
     */
    public DocumentWriter svg(String svg, double scale) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            return raw(withAlt(svg, alt(svg)));
        }
        double width = Double.parseDouble(box.group(1));
        double height = Double.parseDouble(box.group(2));
        double fit = Math.min(scale, PAGE_WIDTH / width);
        return raw(sized(svg, width * fit, height * fit, null, alt(svg)));
    }

    /**
     * A drawing too large for one page (the benefit map) on pages of their own turned on their side: scaled to the
     * page's width, but never below {@code smallest}, so that its boxes stay readable; what then does not fit is
     * continued on the next pages, each part a window onto the same drawing, left to right and top to bottom.
     *
     * @param partKey the message naming a part, with its number and the count of parts
     */
    public DocumentWriter largeDrawing(String svg, double smallest, String partKey) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            return raw(withAlt(svg, alt(svg)));
        }
        double width = Double.parseDouble(box.group(1));
        double height = Double.parseDouble(box.group(2));
        // A4 on its side less the margins, and room on the first part for the section's heading.
        double pageWidth = 1000;
        double pageHeight = 560;
        double scale = Math.min(1, Math.max(smallest, Math.min(pageWidth / width, pageHeight / height)));
        int across = (int) Math.ceil(width * scale / pageWidth - 1e-9);
        int down = (int) Math.ceil(height * scale / pageHeight - 1e-9);
        double partWidth = Math.min(width, pageWidth / scale);
        double partHeight = Math.min(height, pageHeight / scale);
        String alt = alt(svg);
        int part = 0;
        for (int row = 0; row < down; row++) {
            for (int column = 0; column < across; column++) {
                part++;
                String window = fmt(column * partWidth) + " " + fmt(row * partHeight) + " " + fmt(partWidth) + " "
                        + fmt(partHeight);
                raw("<div class=\"map-part\">");
                if (across * down > 1) {
                    raw("<p class=\"part\">")
                            .text(word(partKey, part, across * down))
                            .raw("</p>");
                }
                String partAlt = across * down > 1 ? alt + " (" + word(partKey, part, across * down) + ")" : alt;
                raw(sized(svg, partWidth * scale, partHeight * scale, window, partAlt));
                raw("</div>");
            }
        }
        return this;
    }

    /** Only the root element's size (and, for a part, its window) is replaced; the drawing's shapes keep theirs. */
    private static String sized(String svg, double width, double height, String window, String alt) {
        int rootEnd = svg.indexOf('>');
        String root = svg.substring(0, rootEnd)
                .replaceFirst("\\swidth=\"[0-9.]+\"", "")
                .replaceFirst("\\sheight=\"[0-9.]+\"", "")
                .replaceFirst("<svg ", "<svg style=\"width: " + fmt(width) + "px; height: " + fmt(height) + "px\" ");
        if (window != null) {
            root = VIEW_BOX.matcher(root).replaceFirst("viewBox=\"" + window + "\"");
        }
        return withAlt(root + svg.substring(rootEnd), alt);
    }

    private static String withAlt(String svg, String alt) {
        return svg.replaceFirst("<svg ", Matcher.quoteReplacement("<svg alt=\"" + Pdf.escape(alt) + "\" "));
    }

    /** The drawing's title, as its markup holds it (escaped there, by a template's XML rules or by hand). */
    private static String alt(String svg) {
        Matcher title = TITLE.matcher(svg);
        return title.find()
                ? title.group(1)
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'")
                        .replace("&#39;", "'")
                        .replace("&amp;", "&")
                : "";
    }

    public String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /**
     * Whole kroner as Norwegian print writes them: thousands apart by the narrow no-break space U+202F, the minus sign
     * U+2212, so that an amount neither breaks across lines nor reads as a hyphenated word. (The documents' font is
     * given a glyph for U+202F: see {@link NarrowNoBreakSpace}.)
     */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        return typeset(NumberFormat.getIntegerInstance(Locale.forLanguageTag("nb-NO"))
                        .format(amount.setScale(0, RoundingMode.HALF_EVEN)))
                + "\u00A0kr";
    }

    /** A measured or planned figure as written in the reader's language: 15,9 in bokmål, 15.9 in English. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(isEnglish() ? Locale.UK : Locale.forLanguageTag("nb-NO"));
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return typeset(format.format(value));
    }

    private boolean isEnglish() {
        return Language.of(locale) == Language.ENGLISH;
    }

    /**
     * Kroner typed into a plan's prose ("41 735 000 kr", "-5 000 kroner") printed as the document's own amounts are,
     * so that they do not break across lines either; other numbers in the prose are left as written.
     */
    static String typesetAmounts(String prose) {
        Matcher amount = PROSE_AMOUNT.matcher(prose);
        StringBuilder typeset = new StringBuilder();
        while (amount.find()) {
            amount.appendReplacement(
                    typeset, Matcher.quoteReplacement(typeset(amount.group(1)) + "\u00A0" + amount.group(2)));
        }
        return amount.appendTail(typeset).toString();
    }

    private static String typeset(String number) {
        return number.replace('\u00A0', '\u202F').replace(' ', '\u202F').replace('-', '\u2212');
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String stylesheet() {
        try (InputStream css = DocumentWriter.class.getResourceAsStream("/templates/documents/document.css")) {
            if (css == null) {
                throw new IllegalStateException("templates/documents/document.css is missing");
            }
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
