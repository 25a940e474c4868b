package no.gevinst;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What tests check of every PDF Gevinst writes: veraPDF's verdict against PDF/UA-1 and PDF/A-2a (one parse, both
 * profiles), and where its glyphs lie on the page.
 */
public final class PdfConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** The profiles every document passes. */
    public static final List<PDFAFlavour> PROFILES = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

    private PdfConformance() {}

    /** The rules veraPDF finds broken, by profile, as "rule (clause-test): message ×count"; empty when it passes. */
    public static Map<String, List<String>> brokenRules(byte[] pdf) {
        Map<String, List<String>> broken = new TreeMap<>();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_A);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PROFILES)) {
            for (ValidationResult result : validator.validateAll(parser)) {
                Map<String, Integer> counted = new TreeMap<>();
                for (TestAssertion a : result.getTestAssertions()) {
                    if (a.getStatus() == TestAssertion.Status.FAILED) {
                        counted.merge(
                                a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage(),
                                1,
                                Integer::sum);
                    }
                }
                if (!result.isCompliant()) {
                    List<String> rules = new ArrayList<>();
                    counted.forEach((rule, n) -> rules.add(rule + " ×" + n));
                    broken.put(result.getPDFAFlavour().getId(), rules.isEmpty() ? List.of("not compliant") : rules);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
        return broken;
    }

    /**
     * Every glyph that lies outside its page's printable area, as "page n: 'c' at x,y": left of {@code side} points
     * from the left edge, right of as much from the right edge, above {@code top} points from the top, or off the
     * foot of the page (the page number stands in the bottom margin by design).
     */
    public static List<String> glyphsOutsideMargins(byte[] pdf, float side, float top) {
        List<String> outside = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDRectangle box = getCurrentPage().getMediaBox();
                    float x = text.getXDirAdj();
                    float y = text.getYDirAdj();
                    boolean inside = x >= side - 1
                            && x + text.getWidthDirAdj() <= box.getWidth() - side + 1
                            && y - text.getHeightDir() >= top - 2
                            && y <= box.getHeight() - 4;
                    if (!inside && !text.getUnicode().isBlank()) {
                        outside.add("page " + getCurrentPageNo() + ": '" + text.getUnicode() + "' at " + Math.round(x)
                                + "," + Math.round(y) + " on " + Math.round(box.getWidth()) + "×"
                                + Math.round(box.getHeight()));
                    }
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outside;
    }

    /** The text of a PDF as it is printed, thin spaces and minus signs included. */
    public static String rawText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
