package io.pathwise.mastery.store;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How long learners typically take on each activity of a course ({@link
 * ObservationStore#medianSeconds}), kept per course for {@link #FRESH_FOR_NANOS}. Every
 * recommendation judges the learner's recent answers against these times, and computing them reads
 * every timed answer of the course: without keeping them, a recommendation would cost more the
 * more the whole course has been practised. A median over many learners moves slowly, so a minute
 * old is as good as new.
 */
@Component
public class TypicalSeconds {

    static final long FRESH_FOR_NANOS = 60_000_000_000L;

    private record Kept(Map<String, Double> byActivity, long loadedNanos) {
    }

    private final ObservationStore observations;
    private final Map<UUID, Kept> byCourse = new ConcurrentHashMap<>();

    TypicalSeconds(ObservationStore observations) {
        this.observations = observations;
    }

    /** Median seconds per activity IRI of the course, at most a minute old; untimed activities are absent. */
    public Map<String, Double> of(UUID courseId) {
        Kept kept = byCourse.get(courseId);
        if (kept == null || System.nanoTime() - kept.loadedNanos() > FRESH_FOR_NANOS) {
            kept = new Kept(Map.copyOf(observations.medianSeconds(courseId)), System.nanoTime());
            byCourse.put(courseId, kept);
        }
        return kept.byActivity();
    }
}
