package no.gevinst.shared;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TrueType font's Unicode character map of the Basic Multilingual Plane (cmap format 4), read into code point to
 * glyph and written back: what {@link NarrowNoBreakSpace} needs to map one more character. The Unicode subtables
 * (platform 0, and Windows' 3/1) are replaced by the new one; any other is kept as it is.
 */
final class UnicodeCmap {

    private static final int FORMAT_4 = 4;

    private UnicodeCmap() {}

    /** Code point to glyph from the first Unicode format 4 subtable; empty when the font has none. */
    static Map<Integer, Integer> read(byte[] cmap) {
        ByteBuffer in = ByteBuffer.wrap(cmap);
        int count = Short.toUnsignedInt(in.getShort(2));
        for (int r = 0; r < count; r++) {
            int offset = in.getInt(4 + 8 * r + 4);
            if (isUnicode(in, r) && in.getShort(offset) == FORMAT_4) {
                return format4(in, offset);
            }
        }
        return new TreeMap<>();
    }

    private static Map<Integer, Integer> format4(ByteBuffer in, int table) {
        int segments = Short.toUnsignedInt(in.getShort(table + 6)) / 2;
        int ends = table + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        Map<Integer, Integer> map = new TreeMap<>();
        for (int s = 0; s < segments; s++) {
            int end = Short.toUnsignedInt(in.getShort(ends + 2 * s));
            int start = Short.toUnsignedInt(in.getShort(starts + 2 * s));
            int delta = in.getShort(deltas + 2 * s);
            int rangeOffsetAt = rangeOffsets + 2 * s;
            int rangeOffset = Short.toUnsignedInt(in.getShort(rangeOffsetAt));
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph = rangeOffset == 0
                        ? c + delta
                        : Short.toUnsignedInt(in.getShort(rangeOffsetAt + rangeOffset + 2 * (c - start)));
                if (rangeOffset != 0 && glyph != 0) {
                    glyph += delta;
                }
                glyph &= 0xFFFF;
                if (glyph != 0) {
                    map.put(c, glyph);
                }
            }
        }
        return map;
    }

    /** The cmap with its Unicode subtables replaced by one format 4 subtable of {@code unicode}. */
    static byte[] withUnicode(byte[] cmap, Map<Integer, Integer> unicode) {
        ByteBuffer in = ByteBuffer.wrap(cmap);
        int count = Short.toUnsignedInt(in.getShort(2));
        byte[] replacement = format4(new TreeMap<>(unicode));
        Map<Integer, byte[]> subtables = new LinkedHashMap<>();
        int[] kept = new int[count];
        for (int r = 0; r < count; r++) {
            int offset = in.getInt(4 + 8 * r + 4);
            kept[r] = isUnicode(in, r) ? -1 : offset;
            subtables.computeIfAbsent(kept[r], o -> o < 0 ? replacement : subtable(cmap, o));
        }
        Map<Integer, Integer> placed = new LinkedHashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int header = 4 + 8 * count;
        for (Map.Entry<Integer, byte[]> subtable : subtables.entrySet()) {
            placed.put(subtable.getKey(), header + body.size());
            body.writeBytes(subtable.getValue());
        }
        ByteBuffer out = ByteBuffer.allocate(header + body.size());
        out.putShort((short) 0).putShort((short) count);
        for (int r = 0; r < count; r++) {
            out.putShort(in.getShort(4 + 8 * r))
                    .putShort(in.getShort(4 + 8 * r + 2))
                    .putInt(placed.get(kept[r]));
        }
        return out.put(body.toByteArray()).array();
    }

    private static boolean isUnicode(ByteBuffer in, int record) {
        int platform = in.getShort(4 + 8 * record);
        int encoding = in.getShort(4 + 8 * record + 2);
        return (platform == 0 && encoding <= 3) || (platform == 3 && encoding == 1);
    }

    private static byte[] subtable(byte[] cmap, int offset) {
        ByteBuffer in = ByteBuffer.wrap(cmap);
        int format = in.getShort(offset);
        int length = format < 8 ? Short.toUnsignedInt(in.getShort(offset + 2)) : in.getInt(offset + 4);
        byte[] table = new byte[length];
        in.get(offset, table);
        return table;
    }

    /** Runs of consecutive characters on consecutive glyphs, each one segment with a delta, and the closing 0xFFFF. */
    private static byte[] format4(TreeMap<Integer, Integer> unicode) {
        List<int[]> runs = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : unicode.headMap(0xFFFF).entrySet()) {
            int[] last = runs.isEmpty() ? null : runs.getLast();
            if (last != null && last[1] + 1 == e.getKey() && last[2] + e.getKey() - last[0] == e.getValue()) {
                last[1] = e.getKey();
            } else {
                runs.add(new int[] {e.getKey(), e.getKey(), e.getValue()});
            }
        }
        runs.add(new int[] {0xFFFF, 0xFFFF, 0});
        int segments = runs.size();
        int selector = 31 - Integer.numberOfLeadingZeros(segments);
        int length = 16 + 8 * segments;
        ByteBuffer out = ByteBuffer.allocate(length);
        out.putShort((short) FORMAT_4).putShort((short) length).putShort((short) 0);
        out.putShort((short) (2 * segments))
                .putShort((short) (2 << selector))
                .putShort((short) selector)
                .putShort((short) (2 * segments - (2 << selector)));
        runs.forEach(run -> out.putShort((short) run[1]));
        out.putShort((short) 0);
        runs.forEach(run -> out.putShort((short) run[0]));
        // The closing segment's delta of 1 maps 0xFFFF to glyph 0, as the format asks.
        runs.forEach(run -> out.putShort((short) (run[0] == 0xFFFF ? 1 : run[2] - run[0])));
        runs.forEach(run -> out.putShort((short) 0));
        return out.array();
    }
}
