package io.pathwise.mastery.review;

/**
 * How a review went, on FSRS's four-point scale. Pathwise's evidence is mostly right or wrong, which
 * {@link #of(boolean)} maps to {@link #GOOD} and {@link #AGAIN}; {@link #HARD} and {@link #EASY} are
 * there for evidence that says more (a right answer after hints, a fast confident one).
 */
public enum Grade {
    /** Forgotten: the answer was wrong. */
    AGAIN(1),
    /** Recalled with difficulty. */
    HARD(2),
    /** Recalled. */
    GOOD(3),
    /** Recalled easily. */
    EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    /** FSRS's number for the grade, 1 to 4, as its formulas use it. */
    public int value() {
        return value;
    }

    /** {@link #GOOD} for a right answer, {@link #AGAIN} for a wrong one. */
    public static Grade of(boolean correct) {
        return correct ? GOOD : AGAIN;
    }
}
