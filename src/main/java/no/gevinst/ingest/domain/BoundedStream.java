package no.gevinst.ingest.domain;

import java.io.InputStream;
import no.gevinst.ingest.domain.MeasurementFile.FileFormatException;
import no.gevinst.shared.BoundedInputStream;

/** A stream that refuses to give more than its limit of bytes, saying how large a file may be. */
final class BoundedStream extends BoundedInputStream {

    BoundedStream(InputStream in, long limit, String messageKey) {
        super(in, limit, () -> new FileFormatException(messageKey, limit / (1024 * 1024)));
    }
}
