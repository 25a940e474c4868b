package no.gevinst.shared;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A TrueType (sfnt) font as its tables, by tag, in the order they are stored: what {@link WoffFont} unpacks into and
 * {@link NarrowNoBreakSpace} changes, written back with each table's checksum and the font's own (head's
 * checkSumAdjustment) recomputed, so that the font embedded in a PDF is a well-formed one.
 */
record Sfnt(int flavor, Map<String, byte[]> tables) {

    private static final int ENTRY = 16;
    private static final long FONT_CHECKSUM = 0xB1B0AFBAL;

    static Sfnt read(byte[] trueType) {
        ByteBuffer in = ByteBuffer.wrap(trueType);
        int count = Short.toUnsignedInt(in.getShort(4));
        Map<String, byte[]> tables = new LinkedHashMap<>();
        for (int t = 0; t < count; t++) {
            int entry = 12 + ENTRY * t;
            byte[] tag = new byte[4];
            in.get(entry, tag);
            int offset = in.getInt(entry + 8);
            byte[] table = new byte[in.getInt(entry + 12)];
            in.get(offset, table);
            tables.put(new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1), table);
        }
        return new Sfnt(in.getInt(0), tables);
    }

    byte[] table(String tag) {
        byte[] table = tables.get(tag);
        if (table == null) {
            throw new IllegalArgumentException("The font has no " + tag + " table");
        }
        return table;
    }

    /** The same font with one table replaced (or added at the end). */
    Sfnt with(String tag, byte[] table) {
        Map<String, byte[]> changed = new LinkedHashMap<>(tables);
        changed.put(tag, table);
        return new Sfnt(flavor, changed);
    }

    byte[] bytes() {
        int count = tables.size();
        int size = 12 + ENTRY * count;
        for (byte[] table : tables.values()) {
            size += padded(table.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = (1 << entrySelector) * 16;
        out.putInt(flavor)
                .putShort((short) count)
                .putShort((short) searchRange)
                .putShort((short) entrySelector)
                .putShort((short) (count * 16 - searchRange));
        int offset = 12 + ENTRY * count;
        int head = -1;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] data = table.getKey().equals("head") ? withoutAdjustment(table.getValue()) : table.getValue();
            if (table.getKey().equals("head")) {
                head = offset;
            }
            out.put(table.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    .putInt((int) checksum(data, 0, data.length))
                    .putInt(offset)
                    .putInt(data.length);
            out.put(offset, data);
            offset += padded(data.length);
        }
        byte[] font = out.array();
        if (head >= 0) {
            ByteBuffer.wrap(font).putInt(head + 8, (int) (FONT_CHECKSUM - checksum(font, 0, font.length)));
        }
        return font;
    }

    /** head's checkSumAdjustment counts as zero in every checksum, its own table's too. */
    private static byte[] withoutAdjustment(byte[] head) {
        byte[] copy = head.clone();
        ByteBuffer.wrap(copy).putInt(8, 0);
        return copy;
    }

    static long checksum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = 0; i < padded(length); i += 4) {
            long word = 0;
            for (int b = 0; b < 4; b++) {
                int at = from + i + b;
                word = (word << 8) | (i + b < length ? data[at] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }

    static int padded(int length) {
        return (length + 3) & ~3;
    }
}
