package io.pathwise.assessment.attempt;

/**
 * What a submission came to: the reply to send (the same bytes for every retry with its key), or
 * a refusal with its reason, decided after the transaction that may have closed the attempt.
 */
public sealed interface SubmissionOutcome {

    record Replied(String body) implements SubmissionOutcome {
    }

    /** Refused with 409: the attempt is closed or the submission came too late. */
    record Refused(String title, String reason) implements SubmissionOutcome {
    }
}
