package io.pathwise.mastery;

/**
 * What a refit did.
 *
 * @param skillsFitted skills whose parameters were fitted from their evidence
 * @param skillsWithTooLittleEvidence skills with evidence, but too little to fit (they keep the defaults)
 * @param estimatesRecomputed learners' estimates recomputed with the new parameters
 */
public record RefitReport(int skillsFitted, int skillsWithTooLittleEvidence, int estimatesRecomputed, long millis) {
}
