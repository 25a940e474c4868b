package no.gevinst.ingest.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import no.gevinst.ingest.domain.MeasurementFile.FileFormatException;

/** A stream that refuses to give more than its limit of bytes, saying how large a file may be. */
final class BoundedStream extends FilterInputStream {

    private final long limit;
    private final String messageKey;
    private long read;

    BoundedStream(InputStream in, long limit, String messageKey) {
        super(in);
        this.limit = limit;
        this.messageKey = messageKey;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) {
        read += n;
        if (read > limit) {
            throw new FileFormatException(messageKey, limit / (1024 * 1024));
        }
    }
}
