package io.pathwise.shared.paging;

import io.pathwise.shared.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque paging cursors. A cursor names the last row of the previous page; lists are ordered by
 * their time-ordered UUIDv7 ids, so "rows after this id" is stable while new rows arrive.
 */
public final class Cursor {

    private static final String PREFIX = "after:";

    private Cursor() {
    }

    public static String encode(UUID lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor from a request; anything this API did not issue is a 400 on {@code cursor}. */
    public static UUID decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("cursor", "is not a cursor returned by this API");
        }
    }
}
