package io.pathwise.assessment.item;

/**
 * An answer whose shape does not fit its item: a missing or unexpected field, a wrong JSON type, an id
 * the item does not have, a repeated id, a text that is too long. The message names the field and what
 * is wrong with it, for the problem document the API returns. A wrong but well-formed answer is not
 * this: it is graded.
 */
public class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String reason) {
        super(reason);
    }
}
