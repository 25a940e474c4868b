package no.gevinst.report.domain;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.report.DocumentRenderer;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.Pdf;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The network drawing on a page of its own: the page grows with the drawing (a PDF page may be 200 inches wide), so
 * a large map keeps its boxes readable and is zoomed in the reader rather than shrunk to a sheet.
 * {@code templates/documents/benefit-map.html} lays it out.
 */
@Component
class NetworkDocument {

    /** The largest page a PDF reader must accept, in CSS pixels (200 in at 96 px/in), less the margins. */
    private static final double MAX_SIDE = 200 * 96 - 200;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Pattern SIZE = Pattern.compile("width=\"([0-9.]+)\" height=\"([0-9.]+)\"");

    private final DocumentRenderer renderer;

    NetworkDocument(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * What the map's page holds: its title, the programme's code, the date, the page's size in CSS pixels and the
     * drawing sized for it, with its alternative text.
     */
    record Model(String title, String subject, String date, String pageWidth, String pageHeight, String drawing) {}

    byte[] pdf(String title, String subject, String svg) {
        return renderer.pdf("benefit-map", Map.of("doc", model(title, subject, svg)), LocaleContextHolder.getLocale());
    }

    static Model model(String title, String subject, String svg) {
        Matcher size = SIZE.matcher(svg);
        boolean sized = size.find();
        double width = sized ? Double.parseDouble(size.group(1)) : 1000;
        double height = sized ? Double.parseDouble(size.group(2)) : 700;
        double scale = Math.min(1, Math.min(MAX_SIDE / width, MAX_SIDE / height));
        // The renderer sizes an inline SVG by its CSS box, not by its width and height attributes.
        String drawing = size.replaceFirst(
                "style=\"width: " + fmt(width * scale) + "px; height: " + fmt(height * scale) + "px\"");
        return new Model(
                title,
                subject,
                DATE.format(NorwegianTime.today()),
                fmt(Math.max(1123, width * scale + 80)),
                fmt(Math.max(794, height * scale + 160)),
                drawing.replaceFirst("<svg ", Matcher.quoteReplacement("<svg alt=\"" + Pdf.escape(title) + "\" ")));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
