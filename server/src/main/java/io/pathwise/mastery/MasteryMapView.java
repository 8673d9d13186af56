package io.pathwise.mastery;

import java.util.List;
import java.util.UUID;

/**
 * For a course's staff: one page of the heat map, learners by skills, learners with the fewest
 * mastered skills first.
 *
 * @param learnerCount how many learners the course has, on every page
 * @param nextCursor pass as {@code cursor} for the following learners; null on the last page
 */
public record MasteryMapView(List<Skill> skills, List<Learner> learners, double threshold, int learnerCount,
        String nextCursor) {

    public record Skill(String key, String name) {
    }

    /** One learner's row: {@code known} in the order of {@link MasteryMapView#skills()}. */
    public record Learner(UUID userId, String displayName, List<Double> known, int mastered) {
    }
}
