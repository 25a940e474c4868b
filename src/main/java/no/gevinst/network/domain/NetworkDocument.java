package no.gevinst.network.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.Pdf;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The network drawing on a page of its own: the page grows with the drawing (a PDF page may be 200 inches wide), so
 * a large map keeps its boxes readable and is zoomed in the reader rather than shrunk to a sheet.
 */
final class NetworkDocument {

    /** The largest page a PDF reader must accept, in CSS pixels (200 in at 96 px/in), less the margins. */
    private static final double MAX_SIDE = 200 * 96 - 200;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Pattern SIZE = Pattern.compile("width=\"([0-9.]+)\" height=\"([0-9.]+)\"");

    private NetworkDocument() {}

    static byte[] pdf(String title, String heading, String svg) {
        Matcher size = SIZE.matcher(svg);
        boolean sized = size.find();
        double width = sized ? Double.parseDouble(size.group(1)) : 1000;
        double height = sized ? Double.parseDouble(size.group(2)) : 700;
        double scale = Math.min(1, Math.min(MAX_SIDE / width, MAX_SIDE / height));
        double pageWidth = Math.max(1123, width * scale + 80);
        double pageHeight = Math.max(794, height * scale + 160);
        // The renderer sizes an inline SVG by its CSS box, not by its width and height attributes.
        String drawing = size.replaceFirst(
                "style=\"width: " + fmt(width * scale) + "px; height: " + fmt(height * scale) + "px\"");
        String language = LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "nb";
        // The documents' one stylesheet, with a page of the drawing's own size.
        String xhtml = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"/><title>%s</title><meta name="subject" content="%s"/>
                <style>%s
                  @page { size: %spx %spx; margin: 40px; @bottom-right { content: none; } }
                  html, body { margin: 0; padding: 0; }
                  svg { display: block; }
                  h1 { font-size: 20px; margin: 0 0 4px 0; }
                  p { font-size: 11px; margin: 0 0 16px 0; }
                </style></head>
                <body><h1>%s</h1><p>%s</p>%s</body></html>
                """.formatted(
                language,
                Pdf.escape(title),
                Pdf.escape(heading),
                DocumentWriter.STYLE,
                fmt(pageWidth),
                fmt(pageHeight),
                Pdf.escape(title),
                Pdf.escape(heading + " · " + DATE.format(LocalDate.now())),
                drawing.replaceFirst("<svg ", Matcher.quoteReplacement("<svg alt=\"" + Pdf.escape(title) + "\" ")));
        return Pdf.fromXhtml(xhtml);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
