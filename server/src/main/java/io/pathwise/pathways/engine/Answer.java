package io.pathwise.pathways.engine;

/**
 * One of a learner's recent answers on a skill.
 *
 * @param correct        whether it was right
 * @param seconds        how long the learner took, zero or more
 * @param typicalSeconds how long the item usually takes (e.g. its median time); zero when unknown,
 *                       which leaves the answer out of rapid-guess detection
 * @param hintsUsed      how many hints the learner opened before answering, zero or more
 */
public record Answer(boolean correct, double seconds, double typicalSeconds, int hintsUsed) {

    public Answer {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be zero or more, was " + seconds);
        }
        if (!(typicalSeconds >= 0) || Double.isInfinite(typicalSeconds)) {
            throw new IllegalArgumentException("typicalSeconds must be zero or more, was " + typicalSeconds);
        }
        if (hintsUsed < 0) {
            throw new IllegalArgumentException("hintsUsed must be zero or more, was " + hintsUsed);
        }
    }
}
