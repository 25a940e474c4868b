package no.gevinst.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A stream that gives no more than its limit of bytes: reading past it throws what the reader says (a 413 for a
 * request body or a document, a named file error for an upload), so that a body sent without a declared length
 * (chunked) is stopped as soon as it passes the limit instead of being read whole into memory.
 */
public class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> beyond;
    private long read;

    /**
     * @param limit how many bytes may be read
     * @param beyond what is thrown once more than that has been read
     */
    public BoundedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> beyond) {
        super(in);
        this.limit = limit;
        this.beyond = beyond;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw beyond.get();
        }
    }
}
