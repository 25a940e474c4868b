package no.gevinst.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A WOFF 1.0 font unpacked to the TrueType file it wraps. The Inter files Designsystemet's typeface package ships are
 * WOFF (zlib-compressed tables), while the PDF renderer embeds only TrueType; unpacking them is a few lines and spares
 * a second copy of the font in another package.
 */
final class WoffFont {

    private static final int WOFF_SIGNATURE = 0x774F4646;
    private static final int WOFF_HEADER = 44;
    private static final int WOFF_ENTRY = 20;
    private static final int SFNT_ENTRY = 16;

    private WoffFont() {}

    static byte[] trueType(InputStream woff) {
        try (woff) {
            return trueType(woff.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The font could not be read", e);
        }
    }

    static byte[] trueType(byte[] woff) {
        ByteBuffer in = ByteBuffer.wrap(woff);
        if (in.getInt(0) != WOFF_SIGNATURE) {
            throw new IllegalArgumentException("Not a WOFF 1.0 font");
        }
        int flavor = in.getInt(4);
        int tables = Short.toUnsignedInt(in.getShort(12));
        byte[][] data = new byte[tables][];
        int[] tags = new int[tables];
        int[] checksums = new int[tables];
        int size = 12 + SFNT_ENTRY * tables;
        for (int t = 0; t < tables; t++) {
            int entry = WOFF_HEADER + WOFF_ENTRY * t;
            tags[t] = in.getInt(entry);
            int offset = in.getInt(entry + 4);
            int compressed = in.getInt(entry + 8);
            int original = in.getInt(entry + 12);
            checksums[t] = in.getInt(entry + 16);
            data[t] = compressed < original
                    ? inflate(woff, offset, compressed, original)
                    : Arrays.copyOfRange(woff, offset, offset + original);
            size += padded(original);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(tables);
        int searchRange = (1 << entrySelector) * 16;
        out.putInt(flavor)
                .putShort((short) tables)
                .putShort((short) searchRange)
                .putShort((short) entrySelector)
                .putShort((short) (tables * 16 - searchRange));
        int offset = 12 + SFNT_ENTRY * tables;
        for (int t = 0; t < tables; t++) {
            out.putInt(tags[t]).putInt(checksums[t]).putInt(offset).putInt(data[t].length);
            offset += padded(data[t].length);
        }
        for (byte[] table : data) {
            out.put(table);
            out.position(out.position() + padded(table.length) - table.length);
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static byte[] inflate(byte[] woff, int offset, int compressed, int original) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(woff, offset, compressed);
            byte[] table = new byte[original];
            int read = 0;
            while (read < original && !inflater.finished()) {
                int n = inflater.inflate(table, read, original - read);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                read += n;
            }
            if (read != original) {
                throw new IllegalArgumentException("A WOFF table is shorter than it says");
            }
            return table;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("A WOFF table is not zlib data", e);
        } finally {
            inflater.end();
        }
    }
}
