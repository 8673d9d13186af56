package io.pathwise.mastery.model;

/**
 * How {@link BktFitter} fits a skill. {@link #DEFAULTS} are general-purpose values (pyBKT's
 * restart count, a numerical tolerance, a weak prior, an iteration cap EM should not meet); none
 * was tuned to a data set.
 *
 * @param restarts        EM runs from different random starting points per skill; the one with the
 *                        best (penalised) log-likelihood is kept. At least 1.
 * @param seed            seeds every restart's starting point, so the same data and options always
 *                        give the same parameters, whatever the number of threads
 * @param forgetting      fit P(F), the chance of forgetting after each opportunity; when false
 *                        P(F) stays 0 (standard BKT)
 * @param maxIterations   EM iterations per restart at most: a safety net, not part of the model.
 *                        A run stopped by it has parameters that depend on the cap, so the default
 *                        (500) is well above what EM needs: pyBKT's 100 stopped 12 of 119 skills of
 *                        the ASSISTments 2009 split short when fitting forgetting. At least 1.
 * @param tolerance       a restart has converged when one iteration improves the penalised
 *                        log-likelihood by less than {@code tolerance} per observation (nats).
 *                        Per observation so that a large skill is not held to a stricter standard
 *                        than a small one. Non-negative.
 * @param minObservations a skill with fewer answers keeps {@link BktParameters#DEFAULTS}: four or
 *                        five parameters cannot be identified from a handful of answers, and a
 *                        fit would only describe those few learners. At least 1.
 * @param priorStrength   weight, in pseudo-observations per parameter, of a Beta prior centred on
 *                        {@link BktParameters#DEFAULTS} (MAP-EM). It keeps sparse skills near
 *                        sensible values and every M-step defined (a skill nobody ever got wrong
 *                        has no evidence on slip), and is negligible for skills with many answers.
 *                        0 gives plain maximum likelihood. Non-negative.
 * @param threads         skills (and restarts) fitted in parallel; at least 1
 */
public record FitOptions(int restarts, long seed, boolean forgetting, int maxIterations, double tolerance,
        int minObservations, double priorStrength, int threads) {

    /** 5 restarts, seed 1, no forgetting, 500 iterations, 1e-6 nats per observation, 20, 2, all cores. */
    public static final FitOptions DEFAULTS = new FitOptions(5, 1, false, 500, 1e-6, 20, 2.0,
            Runtime.getRuntime().availableProcessors());

    public FitOptions {
        atLeast("restarts", restarts, 1);
        atLeast("maxIterations", maxIterations, 1);
        atLeast("minObservations", minObservations, 1);
        atLeast("threads", threads, 1);
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a non-negative number, was " + tolerance);
        }
        if (!(priorStrength >= 0) || Double.isInfinite(priorStrength)) {
            throw new IllegalArgumentException("priorStrength must be a non-negative number, was " + priorStrength);
        }
    }

    private static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }

    public FitOptions withRestarts(int value) {
        return new FitOptions(value, seed, forgetting, maxIterations, tolerance, minObservations, priorStrength,
                threads);
    }

    public FitOptions withSeed(long value) {
        return new FitOptions(restarts, value, forgetting, maxIterations, tolerance, minObservations, priorStrength,
                threads);
    }

    public FitOptions withForgetting(boolean value) {
        return new FitOptions(restarts, seed, value, maxIterations, tolerance, minObservations, priorStrength,
                threads);
    }

    public FitOptions withMaxIterations(int value) {
        return new FitOptions(restarts, seed, forgetting, value, tolerance, minObservations, priorStrength, threads);
    }

    public FitOptions withTolerance(double value) {
        return new FitOptions(restarts, seed, forgetting, maxIterations, value, minObservations, priorStrength,
                threads);
    }

    public FitOptions withMinObservations(int value) {
        return new FitOptions(restarts, seed, forgetting, maxIterations, tolerance, value, priorStrength, threads);
    }

    public FitOptions withPriorStrength(double value) {
        return new FitOptions(restarts, seed, forgetting, maxIterations, tolerance, minObservations, value, threads);
    }

    public FitOptions withThreads(int value) {
        return new FitOptions(restarts, seed, forgetting, maxIterations, tolerance, minObservations, priorStrength,
                value);
    }
}
