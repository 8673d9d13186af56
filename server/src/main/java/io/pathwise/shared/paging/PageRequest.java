package io.pathwise.shared.paging;

import io.pathwise.shared.problem.ApiException;
import java.util.UUID;

/**
 * What page a caller asked for: rows after {@code after} (null for the first page), at most
 * {@code limit} of them.
 */
public record PageRequest(UUID after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Parses the {@code cursor} and {@code limit} query parameters; either may be null. */
    public static PageRequest of(String cursor, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.badField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor), size);
    }

    /**
     * The id to page after, or the nil UUID, which both H2 and PostgreSQL sort before every other
     * (they compare UUIDs as unsigned bytes), so that "id > after" matches every row.
     */
    public UUID afterOrStart() {
        return after == null ? new UUID(0L, 0L) : after;
    }
}
