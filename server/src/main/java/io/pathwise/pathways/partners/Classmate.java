package io.pathwise.pathways.partners;

import java.util.Set;
import java.util.UUID;

/**
 * A learner of a course as partner matching sees them: which skills they have mastered and which
 * they have started (answered at least once), by skill key. Nothing finer: matching never needs,
 * and so never holds, anyone's probabilities.
 */
record Classmate(UUID userId, String displayName, Set<String> mastered, Set<String> started) {

    Classmate {
        mastered = Set.copyOf(mastered);
        started = Set.copyOf(started);
    }
}
