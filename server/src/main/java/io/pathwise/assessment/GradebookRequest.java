package io.pathwise.assessment;

import io.pathwise.shared.paging.Cursor;
import io.pathwise.shared.paging.PageRequest;
import java.util.Comparator;
import java.util.UUID;

/**
 * Which learners of a grade book a caller asked for: those after {@code after} in name order (null
 * for the first page), at most {@code limit} of them. Every quiz of the page lists those learners'
 * attempts.
 *
 * <p>The cursor names the last learner shown (name and id) rather than an offset, so a learner who
 * makes a first attempt while an instructor pages takes their place without shifting anyone else.
 */
public record GradebookRequest(Place after, int limit) {

    private static final String PREFIX = "learner:";

    /** A learner's place in the grade book. */
    public record Place(String name, UUID learnerId) {

        /** By name as people read it, then by id so that no two tie. */
        public static final Comparator<Place> ORDER = Comparator.comparing(Place::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Place::learnerId);
    }

    /**
     * Parses the {@code cursor} and {@code limit} query parameters (either may be null) under the
     * API's usual limit rules; a cursor this API did not issue is a 400 on {@code cursor}.
     */
    public static GradebookRequest of(String cursor, Integer limit) {
        int size = PageRequest.of(null, limit).limit();
        return new GradebookRequest(cursor == null || cursor.isBlank() ? null
                : Cursor.decode(cursor, PREFIX, 2, parts -> new Place(parts[1], UUID.fromString(parts[0]))), size);
    }

    /** The cursor that asks for the learners after this one. */
    public static String encode(Place place) {
        return Cursor.encode(PREFIX, place.learnerId(), place.name());
    }
}
