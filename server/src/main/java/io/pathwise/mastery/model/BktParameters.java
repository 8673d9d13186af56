package io.pathwise.mastery.model;

/**
 * The four (five with forgetting) numbers of Bayesian Knowledge Tracing for one skill (Corbett &amp;
 * Anderson, 1995): a hidden two-state skill, known or not, seen through right and wrong answers.
 *
 * @param prior  P(known) before the first observation, P(L0)
 * @param learn  P(not known to known) after each practice opportunity, P(T)
 * @param guess  P(right answer while not known), P(G); kept below 0.5 so "known" stays the state
 *               that answers right
 * @param slip   P(wrong answer while known), P(S); kept below 0.5 for the same reason
 * @param forget P(known to not known) after each opportunity, P(F); 0 in standard BKT
 */
public record BktParameters(double prior, double learn, double guess, double slip, double forget) {

    /**
     * For a skill without fitted parameters: values near the middle of what fits of many skills
     * report (e.g. the ASSISTments and Cognitive Tutor fits), so a new skill behaves sensibly
     * until enough evidence exists to fit it.
     */
    public static final BktParameters DEFAULTS = new BktParameters(0.3, 0.1, 0.2, 0.1, 0.0);

    public BktParameters {
        check("prior", prior, 0, 1);
        check("learn", learn, 0, 1);
        check("guess", guess, 0, 0.5);
        check("slip", slip, 0, 0.5);
        check("forget", forget, 0, 1);
    }

    private static void check(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", was " + value);
        }
    }

    /** P(right answer) for a learner who knows the skill with probability {@code known}. */
    public double correct(double known) {
        return known * (1 - slip) + (1 - known) * guess;
    }

    /**
     * P(known) after one observed answer: Bayes' rule on the answer, then one step of learning (and
     * forgetting) for the practice it gave.
     */
    public double update(double known, boolean correct) {
        double evidence = correct ? known * (1 - slip) : known * slip;
        double otherwise = correct ? (1 - known) * guess : (1 - known) * (1 - guess);
        // The total as a sum of its two parts, never as 1 - P(right): rounding there can put the
        // posterior a hair above 1, and after a right answer has made mastery all but certain,
        // each wrong answer multiplies that excess until P(known) leaves [0, 1].
        double total = evidence + otherwise;
        double posterior = total <= 0 ? known : evidence / total;
        return Math.min(1, posterior * (1 - forget) + (1 - posterior) * learn);
    }
}
