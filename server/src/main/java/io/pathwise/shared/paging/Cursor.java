package io.pathwise.shared.paging;

import io.pathwise.shared.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

/**
 * Opaque paging cursors. A cursor names the last row of the previous page: in a list ordered by
 * time-ordered UUIDv7 ids, its id, so "rows after this id" is stable while new rows arrive; in a list
 * ordered otherwise (by name, by a count), its place in that order.
 */
public final class Cursor {

    private static final String PREFIX = "after:";

    private Cursor() {
    }

    public static String encode(UUID lastId) {
        return encode(PREFIX, lastId);
    }

    /**
     * A cursor naming a place in a list ordered by more than an id (a name, a count): its parts after
     * a prefix that says which list issued it. Only the last part may contain a colon.
     */
    public static String encode(String prefix, Object... parts) {
        StringBuilder text = new StringBuilder(prefix);
        for (int i = 0; i < parts.length; i++) {
            text.append(i == 0 ? "" : ":").append(parts[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The parts of a cursor made by {@link #encode(String, Object...)} with this prefix, parsed by
     * {@code parse}; a cursor of another list, or parts {@code parse} refuses (by throwing
     * IllegalArgumentException, as the JDK's parsers of numbers and UUIDs do), is a 400 on {@code cursor}.
     */
    public static <T> T decode(String cursor, String prefix, int parts, Function<String[], T> parse) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(prefix)) {
                throw new IllegalArgumentException();
            }
            String[] split = text.substring(prefix.length()).split(":", parts);
            if (split.length != parts) {
                throw new IllegalArgumentException();
            }
            return parse.apply(split);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("cursor", "is not a cursor returned by this API");
        }
    }

    /** Decodes a cursor from a request; anything this API did not issue is a 400 on {@code cursor}. */
    public static UUID decode(String cursor) {
        return decode(cursor, PREFIX, 1, parts -> UUID.fromString(parts[0]));
    }
}
