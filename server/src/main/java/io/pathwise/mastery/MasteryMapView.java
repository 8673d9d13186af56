package io.pathwise.mastery;

import java.util.List;
import java.util.UUID;

/** For a course's staff: every learner's mastery of every skill (the heat map). */
public record MasteryMapView(List<Skill> skills, List<Learner> learners, double threshold) {

    public record Skill(String key, String name) {
    }

    /** One learner's row: {@code known} in the order of {@link MasteryMapView#skills()}. */
    public record Learner(UUID userId, String displayName, List<Double> known, int mastered) {
    }
}
