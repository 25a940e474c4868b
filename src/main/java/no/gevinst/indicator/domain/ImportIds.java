package no.gevinst.indicator.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * The ids of one intake's measurements: a random half shared by the intake and the row's number in the other (a
 * version 8 UUID, RFC 9562). The intake's rows are thus one range of the primary key, found again by a range scan
 * for the checks across rows, written at the right-hand edge of the index instead of at random places in it, and
 * each names its row for the error messages.
 */
final class ImportIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VARIANT = 0x8000_0000_0000_0000L;
    private static final long ROW_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    /** The row a UUID of this kind carries, in SQL: its last 62 bits. */
    static final String ROW_OF = "(('x' || right(replace(%s::text, '-', ''), 16))::bit(64)::bigint & " + ROW_BITS + ")";

    private final long shared;

    ImportIds() {
        this(RANDOM.nextLong());
    }

    ImportIds(long random) {
        this.shared = random & ~0xF000L | 0x8000L;
    }

    UUID of(long row) {
        if (row < 0 || row > ROW_BITS) {
            throw new IllegalArgumentException("Row number out of range: " + row);
        }
        return new UUID(shared, VARIANT | row);
    }

    UUID first() {
        return of(0);
    }

    UUID last() {
        return of(ROW_BITS);
    }

    static long rowOf(UUID id) {
        return id.getLeastSignificantBits() & ROW_BITS;
    }
}
