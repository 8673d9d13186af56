package io.pathwise.assessment;

import io.pathwise.shared.paging.Cursor;
import io.pathwise.shared.paging.PageRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which answers of a grading queue a caller asked for: those after {@code after} in the queue's
 * order (null for the first page), at most {@code limit} of them.
 *
 * <p>The queue is ordered by attempt (UUIDv7 ids, so oldest first) and by the answer's place in
 * it. Its cursor names the last answer shown, not an offset: answers graded while an instructor
 * pages leave the queue without making the next page skip anyone.
 */
public record GradingQueueRequest(Place after, int limit) {

    private static final String PREFIX = "answer:";

    /** An answer's place in the queue: its attempt and its position in that attempt. */
    public record Place(UUID attemptId, int position) {
    }

    /**
     * Parses the {@code cursor} and {@code limit} query parameters (either may be null) under the
     * API's usual limit rules; a cursor this API did not issue is a 400 on {@code cursor}.
     */
    public static GradingQueueRequest of(String cursor, Integer limit) {
        int size = PageRequest.of(null, limit).limit();
        return new GradingQueueRequest(cursor == null || cursor.isBlank() ? null : decode(cursor), size);
    }

    /** The cursor that asks for the answers after this one. */
    static String encode(Place place) {
        return Cursor.encode(PREFIX, place.attemptId(), place.position());
    }

    /**
     * The place to read after: the nil UUID sorts before every attempt id on H2 and PostgreSQL, so
     * the first page needs no special query.
     */
    public Place afterOrStart() {
        return after == null ? new Place(new UUID(0L, 0L), -1) : after;
    }

    /** The page among rows fetched with one more than the limit (the extra one only says that more exist). */
    public <T> List<T> page(List<T> fetched) {
        return fetched.subList(0, Math.min(fetched.size(), limit));
    }

    /** The cursor of the page after the one among {@code fetched}; null when it is the last. */
    public <T> String nextCursor(List<T> fetched, Function<T, Place> placeOf) {
        return fetched.size() > limit ? encode(placeOf.apply(fetched.get(limit - 1))) : null;
    }

    private static Place decode(String cursor) {
        return Cursor.decode(cursor, PREFIX, 2, parts -> new Place(UUID.fromString(parts[0]), Integer.parseInt(parts[1])));
    }
}
