package io.pathwise.pathways.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One recommended activity.
 *
 * @param kind            why it is recommended
 * @param activity        the activity
 * @param skill           the key of the skill it is recommended for
 * @param expectedSuccess the learner's expected share of right answers on it ({@link SuccessModel})
 * @param signals         the signals that led to an easier step or a worked example, in the enum's
 *                        order; empty otherwise
 * @param reason          one or two sentences for the learner, naming the skill and what led here
 */
public record Recommendation(RecommendationKind kind, Activity activity, String skill, double expectedSuccess,
        Set<Signal> signals, String reason) {

    public Recommendation {
        // An EnumSet iterates in a fixed order; Set.copyOf's order changes from one JVM to the next.
        signals = signals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signals));
    }
}
