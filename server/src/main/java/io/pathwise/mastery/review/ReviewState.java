package io.pathwise.mastery.review;

import java.time.Instant;
import java.util.Objects;

/**
 * The memory of one learner for one skill, as FSRS models it. Immutable: the scheduler returns a
 * new state for each review.
 *
 * @param stability  days until the probability of recall falls to 90% (FSRS's S), positive
 * @param difficulty how hard the skill is for this learner, from 1 (easy) to 10 (hard) (FSRS's D)
 * @param lastReview when the skill was last reviewed
 * @param due        when it is next due for review: when recall is expected to reach the target
 *                   retention
 * @param reviews    how many reviews the state has seen, the first included
 * @param lapses     how many of them were forgotten ({@link Grade#AGAIN})
 */
public record ReviewState(double stability, double difficulty, Instant lastReview, Instant due, int reviews,
        int lapses) {

    public ReviewState {
        Objects.requireNonNull(lastReview, "lastReview");
        Objects.requireNonNull(due, "due");
        if (!(stability > 0) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("stability must be a positive number of days, was " + stability);
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty must be from 1 to 10, was " + difficulty);
        }
        if (due.isBefore(lastReview)) {
            throw new IllegalArgumentException("due (" + due + ") must not be before lastReview (" + lastReview + ")");
        }
        if (reviews < 1 || lapses < 0 || lapses > reviews) {
            throw new IllegalArgumentException("need 1 or more reviews and 0 to reviews lapses, were " + reviews
                    + " and " + lapses);
        }
    }

    /** Whether the skill is due for review at {@code now}: its due time has come. */
    public boolean isDue(Instant now) {
        return !now.isBefore(due);
    }
}
