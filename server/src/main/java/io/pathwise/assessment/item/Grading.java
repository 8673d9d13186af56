package io.pathwise.assessment.item;

import tools.jackson.databind.JsonNode;

/**
 * How one type of item, in one variant, reads an answer and gives it credit. Reading checks only the
 * shape and never computes anything from the item, so a draft can be checked even when grading would fail.
 *
 * @param <A> the answer as read
 */
interface Grading<A> {

    /** The answer as read; throws {@link InvalidAnswerException} when its shape does not fit the item. */
    A read(JsonNode answer);

    /** The credit, 0 to 1 (not yet rounded). */
    double credit(A answer);

    /** A short human-readable right answer for this variant. */
    String expected();
}
