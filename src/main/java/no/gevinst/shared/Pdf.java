package no.gevinst.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders documents written as XHTML (with inline SVG drawings) to PDF: one way for every printed document. Every
 * PDF is tagged for PDF/UA-1 (headings, tables, figures and reading order from the markup; title and language from
 * {@code <title>} and {@code <html lang>}) and archivable as PDF/A-2a, with Designsystemet's typeface Inter embedded.
 */
public final class Pdf {

    /** The family name documents' styles use; {@link #FALLBACK_FAMILY} holds the rarer Latin letters (Sami, …). */
    public static final String FAMILY = "Inter";

    public static final String FALLBACK_FAMILY = "Inter Ext";

    private Pdf() {}

    public static byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
            builder.useColorProfile(Resources.SRGB);
            builder.withProducer("Gevinst");
            for (Face face : Resources.faces()) {
                builder.useFont(
                        () -> new ByteArrayInputStream(face.trueType()),
                        face.family(),
                        face.weight(),
                        face.style(),
                        true);
            }
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** Text made safe to place in XHTML. */
    public static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }

    private record Face(String family, int weight, FontStyle style, byte[] trueType) {

        static Face of(String family, String subset, int weight, FontStyle style) {
            String file = "/fonts/inter/inter-" + subset + "-" + weight + "-"
                    + (style == FontStyle.ITALIC ? "italic" : "normal") + ".woff";
            InputStream woff = Pdf.class.getResourceAsStream(file);
            if (woff == null) {
                throw new IllegalStateException("The document font " + file + " is missing: the build copies it from"
                        + " frontend/node_modules/@fontsource/inter (npm ci)");
            }
            return new Face(family, weight, style, NarrowNoBreakSpace.added(WoffFont.trueType(woff)));
        }
    }

    /** Read once: the fonts unpacked and the colour profile PDF/A asks for as the output intent. */
    private static final class Resources {

        static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

        static final List<Face> LATIN = List.of(
                Face.of(FAMILY, "latin", 400, FontStyle.NORMAL),
                Face.of(FAMILY, "latin", 400, FontStyle.ITALIC),
                Face.of(FAMILY, "latin", 700, FontStyle.NORMAL),
                Face.of(FAMILY, "latin", 700, FontStyle.ITALIC));

        static final List<Face> EXTENDED = List.of(
                Face.of(FALLBACK_FAMILY, "latin-ext", 400, FontStyle.NORMAL),
                Face.of(FALLBACK_FAMILY, "latin-ext", 400, FontStyle.ITALIC),
                Face.of(FALLBACK_FAMILY, "latin-ext", 700, FontStyle.NORMAL),
                Face.of(FALLBACK_FAMILY, "latin-ext", 700, FontStyle.ITALIC));

        static List<Face> faces() {
            List<Face> faces = new java.util.ArrayList<>(LATIN);
            faces.addAll(EXTENDED);
            return faces;
        }
    }
}
