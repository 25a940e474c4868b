package no.gevinst.transfer.web;

import java.io.InputStream;
import no.gevinst.shared.BoundedInputStream;
import org.springframework.util.unit.DataSize;

/**
 * A programme document's body, read no further than the import's limit (issue 20): the import reads the document
 * whole before it writes anything (all or nothing), so one that is too large is refused with 413 before it is
 * read when its length is declared, and as soon as it passes the limit when it is sent chunked.
 */
final class BoundedDocument {

    private BoundedDocument() {}

    /** The body, bounded; refused at once when its declared length is beyond the limit. */
    static InputStream of(InputStream body, long declaredLength, DataSize limit) {
        if (declaredLength > limit.toBytes()) {
            throw new TooLarge(limit);
        }
        return new BoundedInputStream(body, limit.toBytes(), () -> new TooLarge(limit));
    }

    /** A document beyond the limit: answered 413, naming the limit in megabytes. */
    static final class TooLarge extends RuntimeException {

        private final long megabytes;

        TooLarge(DataSize limit) {
            super("Programme document larger than " + limit.toMegabytes() + " MB");
            this.megabytes = limit.toMegabytes();
        }

        long megabytes() {
            return megabytes;
        }
    }
}
