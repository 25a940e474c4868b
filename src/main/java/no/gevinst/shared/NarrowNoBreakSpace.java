package no.gevinst.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Norwegian print groups thousands with the narrow no-break space U+202F, which the Inter files Designsystemet's
 * package ships do not map, though they draw the thin space U+2009 it looks like. Mapping U+202F to that same glyph
 * would print it, but a PDF's text is read back through the glyph (ToUnicode), so every such space would read as a
 * breakable thin space. The font is therefore given a glyph of its own for U+202F, a copy of the thin space's: drawn
 * the same, read back as what it is.
 */
final class NarrowNoBreakSpace {

    static final int NARROW = 0x202F;
    static final int THIN = 0x2009;

    /** Tables that hold something per glyph beyond those changed here: a font with any is left as it is. */
    private static final Set<String> PER_GLYPH = Set.of("hdmx", "LTSH", "vmtx", "VORG", "CFF ", "CFF2");

    private NarrowNoBreakSpace() {}

    /** The font with U+202F drawn as its thin space, when it draws the thin space and not U+202F. */
    static byte[] added(byte[] trueType) {
        Sfnt font = Sfnt.read(trueType);
        if (PER_GLYPH.stream().anyMatch(font.tables()::containsKey)) {
            return trueType;
        }
        Map<Integer, Integer> unicode = UnicodeCmap.read(font.table("cmap"));
        if (unicode.containsKey(NARROW) || !unicode.containsKey(THIN)) {
            return trueType;
        }
        int glyphs = Short.toUnsignedInt(ByteBuffer.wrap(font.table("maxp")).getShort(4));
        Sfnt copied = withGlyphCopied(font, unicode.get(THIN), glyphs);
        if (copied == null) {
            return trueType;
        }
        unicode.put(NARROW, glyphs);
        return copied.with("cmap", UnicodeCmap.withUnicode(font.table("cmap"), unicode))
                .with("OS/2", lastCharAtLeast(font.table("OS/2"), NARROW))
                .bytes();
    }

    /** The font with glyph {@code source} copied to the new last glyph {@code glyphs}; null if loca cannot hold it. */
    private static Sfnt withGlyphCopied(Sfnt font, int source, int glyphs) {
        boolean longOffsets = ByteBuffer.wrap(font.table("head")).getShort(50) == 1;
        ByteBuffer loca = ByteBuffer.wrap(font.table("loca"));
        int[] offsets = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) {
            offsets[g] = longOffsets ? loca.getInt(4 * g) : Short.toUnsignedInt(loca.getShort(2 * g)) * 2;
        }
        byte[] glyf = font.table("glyf");
        byte[] outline = Arrays.copyOfRange(glyf, offsets[source], offsets[source + 1]);
        int end = offsets[glyphs] + Sfnt.padded(outline.length);
        if (!longOffsets && end / 2 > 0xFFFF) {
            return null;
        }
        byte[] newGlyf = Arrays.copyOf(glyf, end);
        System.arraycopy(outline, 0, newGlyf, offsets[glyphs], outline.length);
        ByteBuffer newLoca = ByteBuffer.allocate((glyphs + 2) * (longOffsets ? 4 : 2));
        for (int g = 0; g <= glyphs + 1; g++) {
            int offset = g <= glyphs ? offsets[g] : end;
            if (longOffsets) {
                newLoca.putInt(offset);
            } else {
                newLoca.putShort((short) (offset / 2));
            }
        }
        byte[] maxp = font.table("maxp").clone();
        ByteBuffer.wrap(maxp).putShort(4, (short) (glyphs + 1));
        Sfnt grown = font.with("glyf", newGlyf).with("loca", newLoca.array()).with("maxp", maxp);
        grown = withMetricsCopied(grown, source, glyphs);
        return font.tables().containsKey("post") ? grown.with("post", postNamed(font.table("post"))) : grown;
    }

    /** Every glyph's advance and side bearing written out in full, the new glyph's those of its source. */
    private static Sfnt withMetricsCopied(Sfnt font, int source, int glyphs) {
        ByteBuffer hmtx = ByteBuffer.wrap(font.table("hmtx"));
        byte[] hhea = font.table("hhea").clone();
        int metrics = Short.toUnsignedInt(ByteBuffer.wrap(hhea).getShort(34));
        ByteBuffer full = ByteBuffer.allocate((glyphs + 1) * 4);
        for (int g = 0; g <= glyphs; g++) {
            int from = g < glyphs ? g : source;
            short advance = hmtx.getShort(4 * Math.min(from, metrics - 1));
            short bearing =
                    from < metrics ? hmtx.getShort(4 * from + 2) : hmtx.getShort(4 * metrics + 2 * (from - metrics));
            full.putShort(advance).putShort(bearing);
        }
        ByteBuffer.wrap(hhea).putShort(34, (short) (glyphs + 1));
        return font.with("hmtx", full.array()).with("hhea", hhea);
    }

    /** A version 2 post table names the new glyph uni202F; the other versions name no glyph. */
    private static byte[] postNamed(byte[] post) {
        ByteBuffer in = ByteBuffer.wrap(post);
        if (in.getInt(0) != 0x00020000) {
            return post;
        }
        int glyphs = Short.toUnsignedInt(in.getShort(32));
        int names = 0;
        for (int at = 34 + 2 * glyphs; at < post.length; at += 1 + (post[at] & 0xFF)) {
            names++;
        }
        byte[] name = "uni202F".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(post.length + 2 + 1 + name.length);
        out.put(post, 0, 32).putShort((short) (glyphs + 1));
        out.put(post, 34, 2 * glyphs).putShort((short) (258 + names));
        out.put(post, 34 + 2 * glyphs, post.length - 34 - 2 * glyphs);
        out.put((byte) name.length).put(name);
        return out.array();
    }

    private static byte[] lastCharAtLeast(byte[] os2, int codePoint) {
        byte[] copy = os2.clone();
        ByteBuffer b = ByteBuffer.wrap(copy);
        if (Short.toUnsignedInt(b.getShort(66)) < codePoint) {
            b.putShort(66, (short) codePoint);
        }
        return copy;
    }
}
