package io.pathwise.mastery.model;

/**
 * What one E-step found: the expected counts (soft counts) of each event under the current
 * parameters given all answers, and the log-likelihood of those answers. The M-step turns the
 * counts into new parameters.
 */
final class ExpectedCounts {

    /** Sum over learners of P(known before the first answer). */
    double initialKnown;
    /** Number of sequences, the denominator of the prior. */
    double sequences;
    /** Expected unknown-to-known transitions, and expected time spent unknown before a transition. */
    double learned;
    double unknownBeforeStep;
    /** Expected known-to-unknown transitions, and expected time spent known before a transition. */
    double forgot;
    double knownBeforeStep;
    /** Expected right answers while unknown, and expected answers while unknown. */
    double guessed;
    double unknownAnswers;
    /** Expected wrong answers while known, and expected answers while known. */
    double slipped;
    double knownAnswers;
    /** Log-likelihood of all answers under the parameters the counts were taken with. */
    double logLikelihood;

    /**
     * The M-step: each probability is its expected count over its expected opportunities, with
     * {@code strength} pseudo-observations at {@code centre} added to both (the mode of a Beta
     * prior centred there), then moved into {@link Bounds}.
     */
    BktParameters maximise(BktParameters centre, double strength, boolean forgetting) {
        return Bounds.clamp(
                ratio(initialKnown, sequences, centre.prior(), strength),
                ratio(learned, unknownBeforeStep, centre.learn(), strength),
                ratio(guessed, unknownAnswers, centre.guess(), strength),
                ratio(slipped, knownAnswers, centre.slip(), strength),
                ratio(forgot, knownBeforeStep, centre.forget(), strength),
                forgetting);
    }

    private static double ratio(double events, double opportunities, double centre, double strength) {
        return (events + strength * centre) / (opportunities + strength);
    }
}
