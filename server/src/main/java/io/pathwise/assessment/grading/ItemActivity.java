package io.pathwise.assessment.grading;

/**
 * What the player measured for one item: hints revealed, seconds spent and tries (more than one
 * only where the quiz gives immediate feedback). Reported by the device: a learning signal, never
 * an input to the score.
 */
public record ItemActivity(int hintsUsed, int seconds, int tries) {

    public static final ItemActivity NONE = new ItemActivity(0, 0, 1);
}
