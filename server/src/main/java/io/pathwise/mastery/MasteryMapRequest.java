package io.pathwise.mastery;

import io.pathwise.shared.paging.Cursor;
import io.pathwise.shared.paging.PageRequest;
import java.util.Comparator;
import java.util.UUID;

/**
 * Which learners of the heat map a caller asked for: those ranked after {@code after} (null for
 * the first page), at most {@code limit} of them.
 *
 * <p>The heat map is ranked by mastered skills, so its cursor names the last row's place in that
 * ranking (mastered count, name, id) rather than an id: a learner whose mastery changes between two
 * pages moves in the ranking without shifting anyone else, so the other learners are neither
 * skipped nor shown twice.
 */
public record MasteryMapRequest(Rank after, int limit) {

    private static final String PREFIX = "rank:";

    /** A learner's place in the heat map. */
    public record Rank(int mastered, String displayName, UUID userId) {

        /** Fewest mastered first, then by name as people read it, then by id so that no two tie. */
        static final Comparator<Rank> ORDER = Comparator.comparingInt(Rank::mastered)
                .thenComparing(Rank::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Rank::userId);
    }

    /**
     * Parses the {@code cursor} and {@code limit} query parameters (either may be null) under the
     * API's usual limit rules; a cursor this API did not issue is a 400 on {@code cursor}.
     */
    public static MasteryMapRequest of(String cursor, Integer limit) {
        int size = PageRequest.of(null, limit).limit();
        return new MasteryMapRequest(cursor == null || cursor.isBlank() ? null : decode(cursor), size);
    }

    static String encode(Rank rank) {
        return Cursor.encode(PREFIX, rank.mastered(), rank.userId(), rank.displayName());
    }

    private static Rank decode(String cursor) {
        return Cursor.decode(cursor, PREFIX, 3,
                parts -> new Rank(Integer.parseInt(parts[0]), parts[2], UUID.fromString(parts[1])));
    }
}
