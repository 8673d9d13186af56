package io.pathwise.assessment.item;

/**
 * The grade of one answer to one item.
 *
 * @param score the credit, 0 to 1, rounded to 4 decimals
 * @param correct whether it earned full credit
 * @param awaitingManualGrade whether an instructor has yet to grade it (answered free-text items; score 0 until then)
 * @param expected a short human-readable right answer for this variant, such as {@code 2/4} or
 *     {@code x, y, z}; empty when there is no single right answer (free text)
 */
public record ItemGrade(double score, boolean correct, boolean awaitingManualGrade, String expected) {

    public ItemGrade {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be between 0 and 1, not " + score);
        }
        expected = expected == null ? "" : expected;
    }
}
