package no.gevinst.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** Each document face draws U+202F with a glyph of its own shaped and spaced as its thin space, and is well-formed. */
class NarrowNoBreakSpaceTest {

    private static final List<String> FACES = List.of("400-normal", "400-italic", "700-normal", "700-italic");

    @Test
    void everyLatinFaceDrawsTheNarrowNoBreakSpaceAsItsThinSpace() throws IOException {
        for (String face : FACES) {
            byte[] plain = unpacked("/fonts/inter/inter-latin-" + face + ".woff");
            byte[] given = NarrowNoBreakSpace.added(plain);
            try (TrueTypeFont before = parsed(plain);
                    TrueTypeFont after = parsed(given)) {
                CmapLookup was = before.getUnicodeCmapLookup();
                CmapLookup is = after.getUnicodeCmapLookup();
                assertThat(was.getGlyphId(0x202F)).as(face).isZero();
                int narrow = is.getGlyphId(0x202F);
                int thin = is.getGlyphId(0x2009);
                assertThat(narrow).as(face).isEqualTo(before.getNumberOfGlyphs());
                assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs() + 1);
                assertThat(after.getAdvanceWidth(narrow)).isEqualTo(before.getAdvanceWidth(thin));
                assertThat(after.getGlyph().getGlyph(narrow).getBoundingBox())
                        .usingRecursiveComparison()
                        .isEqualTo(before.getGlyph().getGlyph(thin).getBoundingBox());
                // Every other character keeps its glyph and every glyph its advance.
                List<String> changed = new ArrayList<>();
                for (int c = 0; c < 0xFFFF; c++) {
                    if (c != 0x202F && is.getGlyphId(c) != was.getGlyphId(c)) {
                        changed.add("U+%04X".formatted(c));
                    }
                }
                for (int g = 0; g < before.getNumberOfGlyphs(); g++) {
                    if (after.getAdvanceWidth(g) != before.getAdvanceWidth(g)) {
                        changed.add("advance of glyph " + g);
                    }
                }
                assertThat(changed).as(face).isEmpty();
                assertThat(after.getPostScript().getName(narrow)).isEqualTo("uni202F");
            }
            // The whole font's checksum is the magic number, as head's checkSumAdjustment promises.
            assertThat(Sfnt.checksum(given, 0, given.length)).isEqualTo(0xB1B0AFBAL);
        }
    }

    @Test
    void aFaceWithoutAThinSpaceIsLeftAsItIs() {
        byte[] extended = unpacked("/fonts/inter/inter-latin-ext-400-normal.woff");
        assertThat(NarrowNoBreakSpace.added(extended)).isSameAs(extended);
    }

    private static byte[] unpacked(String resource) {
        InputStream woff = NarrowNoBreakSpaceTest.class.getResourceAsStream(resource);
        assertThat(woff).as(resource).isNotNull();
        return WoffFont.trueType(woff);
    }

    private static TrueTypeFont parsed(byte[] trueType) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(trueType));
    }
}
