package io.pathwise.mastery.model;

/**
 * The E-step of Baum-Welch for the two-state BKT hidden Markov model, over every sequence of one
 * skill.
 *
 * <p>Forward, it keeps only the filtered P(known | answers so far) of each step, normalised at each
 * step so nothing underflows. Backward, it uses the two-state form of the smoother (from the
 * filtered value and the smoothed value one step later), so no separate backward probabilities
 * are stored: one double of scratch per answer. The joint probabilities of each transition give
 * the soft counts directly.
 *
 * <p>The loops are written for speed: answers as 0/1 numbers instead of branches (a random 0/1
 * branch mispredicts half the time), and the log-likelihood taken from a running product with one
 * logarithm per few dozen answers.
 */
final class ForwardBackward {

    /** Below this the running product of answer probabilities is folded into the logarithm. */
    private static final double FOLD_BELOW = 1e-250;

    private ForwardBackward() {
    }

    /**
     * Fills {@code counts} with the expected counts for {@code data} under {@code parameters}.
     *
     * @param filtered scratch of at least {@code data.observations()} doubles, overwritten
     */
    static void expect(SkillSequences data, BktParameters parameters, double[] filtered, ExpectedCounts counts) {
        int[] starts = data.starts();
        byte[] answers = data.answers();
        double prior = parameters.prior();
        double learn = parameters.learn();
        double guess = parameters.guess();
        double slip = parameters.slip();
        double forget = parameters.forget();
        double stay = 1 - forget;
        // P(answer | state) as a + b * answer, answer being 0 or 1.
        double knownBase = slip;
        double knownSlope = 1 - 2 * slip;
        double unknownBase = 1 - guess;
        double unknownSlope = 2 * guess - 1;

        double logLikelihood = 0;
        double product = 1;
        double initialKnown = 0;
        double learned = 0;
        double unknownBeforeStep = 0;
        double forgot = 0;
        double knownBeforeStep = 0;
        double guessed = 0;
        double slipped = 0;
        double knownAnswers = 0;

        int sequences = starts.length - 1;
        for (int s = 0; s < sequences; s++) {
            int from = starts[s];
            int to = starts[s + 1];
            double known = prior;
            for (int t = from; t < to; t++) {
                double answer = answers[t];
                double joint = known * (knownBase + knownSlope * answer);
                double evidence = joint + (1 - known) * (unknownBase + unknownSlope * answer);
                double posterior = joint / evidence;
                filtered[t] = posterior;
                product *= evidence;
                if (product < FOLD_BELOW) {
                    logLikelihood += Math.log(product);
                    product = 1;
                }
                known = posterior * stay + (1 - posterior) * learn;
            }

            double smoothed = filtered[to - 1];
            double answer = answers[to - 1];
            knownAnswers += smoothed;
            slipped += (1 - answer) * smoothed;
            guessed += answer * (1 - smoothed);
            for (int t = to - 2; t >= from; t--) {
                double posterior = filtered[t];
                double predicted = posterior * stay + (1 - posterior) * learn;
                double perKnown = 1 / predicted;
                // predicted reaches 1.0 only by rounding (no forgetting, near-certain mastery); then
                // the next step is surely known and its "unknown" weight is exactly 0.
                double perUnknown = predicted < 1 ? 1 / (1 - predicted) : 0;
                double nextKnown = smoothed;
                double nextUnknown = 1 - smoothed;
                double knownToKnown = posterior * stay * nextKnown * perKnown;
                double knownToUnknown = posterior * forget * nextUnknown * perUnknown;
                double unknownToKnown = (1 - posterior) * learn * nextKnown * perKnown;
                double unknownToUnknown = (1 - posterior) * (1 - learn) * nextUnknown * perUnknown;
                learned += unknownToKnown;
                unknownBeforeStep += unknownToKnown + unknownToUnknown;
                forgot += knownToUnknown;
                smoothed = knownToKnown + knownToUnknown;
                knownBeforeStep += smoothed;

                answer = answers[t];
                knownAnswers += smoothed;
                slipped += (1 - answer) * smoothed;
                guessed += answer * (1 - smoothed);
            }
            initialKnown += smoothed;
        }
        logLikelihood += Math.log(product);

        int observations = starts[sequences];
        counts.initialKnown = initialKnown;
        counts.sequences = sequences;
        counts.learned = learned;
        counts.unknownBeforeStep = unknownBeforeStep;
        counts.forgot = forgot;
        counts.knownBeforeStep = knownBeforeStep;
        counts.guessed = guessed;
        counts.unknownAnswers = observations - knownAnswers;
        counts.slipped = slipped;
        counts.knownAnswers = knownAnswers;
        counts.logLikelihood = logLikelihood;
    }
}
