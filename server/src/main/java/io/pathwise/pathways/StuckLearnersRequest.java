package io.pathwise.pathways;

import io.pathwise.shared.paging.Cursor;
import io.pathwise.shared.paging.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * Which of the course's learners who may be stuck a caller asked for: those after {@code after} in
 * the list's order (null for the first page), at most {@code limit}.
 *
 * <p>The list is ordered by each learner's latest answer on a skill they may be stuck on, so its
 * cursor names that place (time, id) rather than a row: a learner who answers again between two
 * pages moves to the top without shifting the others, who are neither skipped nor shown twice. (A
 * learner whose latest such skill stops being one moves down instead, to their next one, and may
 * then be shown again on a later page.)
 */
public record StuckLearnersRequest(Place after, int limit) {

    private static final String PREFIX = "stuck:";

    /** A learner's place in the list. */
    public record Place(Instant lastAnswerAt, UUID userId) {

        /** The most recent answer first, then by id so that no two tie. */
        public static final Comparator<Place> ORDER = Comparator.comparing(Place::lastAnswerAt, Comparator.reverseOrder())
                .thenComparing(Place::userId);
    }

    /**
     * Parses the {@code cursor} and {@code limit} query parameters (either may be null) under the
     * API's usual limit rules; a cursor this list did not issue is a 400 on {@code cursor}.
     */
    public static StuckLearnersRequest of(String cursor, Integer limit) {
        int size = PageRequest.of(null, limit).limit();
        return new StuckLearnersRequest(cursor == null || cursor.isBlank() ? null : decode(cursor), size);
    }

    /** The cursor that fetches the learners after this place. */
    public static String encode(Place place) {
        return Cursor.encode(PREFIX, place.lastAnswerAt().getEpochSecond(), place.lastAnswerAt().getNano(), place.userId());
    }

    private static Place decode(String cursor) {
        return Cursor.decode(cursor, PREFIX, 3, parts -> new Place(instant(parts[0], parts[1]), UUID.fromString(parts[2])));
    }

    /** A cursor's time; numbers that are no instant are refused as the rest of a bad cursor is. */
    private static Instant instant(String seconds, String nanos) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(seconds), Integer.parseInt(nanos));
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("not an instant: " + seconds + "." + nanos, e);
        }
    }
}
