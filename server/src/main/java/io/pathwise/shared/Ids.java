package io.pathwise.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Creates UUIDv7 identifiers (RFC 9562): time-ordered, so rows inserted later sort later, which
 * keeps B-tree inserts local and makes the id usable as a paging cursor.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
