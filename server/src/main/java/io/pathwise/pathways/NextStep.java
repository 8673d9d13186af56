package io.pathwise.pathways;

import java.util.List;

/**
 * One recommended activity for a learner, with the reason they read.
 *
 * @param kind {@code learn}, {@code review}, {@code easier-step}, {@code worked-example}, or {@code rule} for an
 *        activity an instructor's rule recommends (docs/rules.md)
 * @param expectedSuccess the estimated chance of answering the activity's questions right
 * @param signals signs of struggle that led to it ({@code rapid-guessing}, {@code heavy-hint-use},
 *        {@code wrong-answers}); empty for an ordinary step
 */
public record NextStep(String kind, String activityKey, String activityTitle, String activityKind, String skillKey,
        String skillName, double expectedSuccess, List<String> signals, String reason) {
}
