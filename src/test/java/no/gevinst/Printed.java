package no.gevinst;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the pages and documents print, as tests look for it: a PDF's text and kroner as they are written. */
public final class Printed {

    private Printed() {}

    /**
     * Every word of a PDF, with runs of whitespace (line and page breaks, no-break and thin spaces too) as one space
     * and the minus sign as a hyphen, so that tests find kroner as {@link #kroner} writes them; {@code
     * PdfConformance.rawText} keeps the printed forms for tests of those.
     */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replace('\u2212', '-')
                    .replaceAll("[\\s\u00A0\u202F]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole kroner grouped with plain spaces and a plain minus, as pages and documents write them: 1 260 000 kr. */
    public static String kroner(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("nb-NO"))
                        .format(amount.setScale(0, RoundingMode.HALF_EVEN))
                        .replace('\u00A0', ' ')
                        .replace('\u202F', ' ')
                        .replace('\u2212', '-')
                + " kr";
    }
}
