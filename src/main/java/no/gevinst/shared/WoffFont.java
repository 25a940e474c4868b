package no.gevinst.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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
        int tables = Short.toUnsignedInt(in.getShort(12));
        Map<String, byte[]> data = new LinkedHashMap<>();
        for (int t = 0; t < tables; t++) {
            int entry = WOFF_HEADER + WOFF_ENTRY * t;
            byte[] tag = Arrays.copyOfRange(woff, entry, entry + 4);
            int offset = in.getInt(entry + 4);
            int compressed = in.getInt(entry + 8);
            int original = in.getInt(entry + 12);
            data.put(
                    new String(tag, StandardCharsets.ISO_8859_1),
                    compressed < original
                            ? inflate(woff, offset, compressed, original)
                            : Arrays.copyOfRange(woff, offset, offset + original));
        }
        return new Sfnt(in.getInt(4), data).bytes();
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
