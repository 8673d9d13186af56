package io.pathwise.mastery.model;

/**
 * EM for one skill from one starting point: alternate the E-step ({@link ForwardBackward}) and the
 * M-step ({@link ExpectedCounts#maximise}) until the penalised log-likelihood stops improving by
 * the tolerance or the iteration cap is reached. The penalty is the log-density of the Beta prior
 * that {@link FitOptions#priorStrength()} describes, so the objective EM climbs is the one the
 * M-step maximises.
 */
final class BaumWelch {

    private final FitOptions options;

    BaumWelch(FitOptions options) {
        this.options = options;
    }

    /** One EM run; {@code scratch} holds at least {@code data.observations()} doubles. */
    Result run(SkillSequences data, BktParameters start, double[] scratch) {
        ExpectedCounts counts = new ExpectedCounts();
        double tolerance = options.tolerance() * data.observations();
        BktParameters current = start;
        double previous = Double.NEGATIVE_INFINITY;
        for (int iteration = 1; ; iteration++) {
            ForwardBackward.expect(data, current, scratch, counts);
            double objective = counts.logLikelihood + logPrior(current);
            // Clamping after an M-step can cost a little likelihood; a step that does not improve
            // ends the run like a converged one, keeping the parameters the objective was taken at.
            boolean converged = objective - previous < tolerance;
            if (converged || iteration == options.maxIterations()) {
                return new Result(current, counts.logLikelihood, objective, iteration, converged);
            }
            previous = objective;
            current = counts.maximise(BktParameters.DEFAULTS, options.priorStrength(), options.forgetting());
        }
    }

    /** Log-density (up to a constant) of the Beta prior centred on the defaults. */
    private double logPrior(BktParameters p) {
        double strength = options.priorStrength();
        if (strength == 0) {
            return 0;
        }
        BktParameters centre = BktParameters.DEFAULTS;
        double sum = beta(p.prior(), centre.prior(), strength)
                + beta(p.learn(), centre.learn(), strength)
                + beta(p.guess(), centre.guess(), strength)
                + beta(p.slip(), centre.slip(), strength);
        return options.forgetting() ? sum + beta(p.forget(), centre.forget(), strength) : sum;
    }

    private static double beta(double value, double centre, double strength) {
        return strength * (centre * Math.log(value) + (1 - centre) * Math.log(1 - value));
    }

    /** The parameters EM stopped at, with their log-likelihood and penalised objective. */
    record Result(BktParameters parameters, double logLikelihood, double objective, int iterations,
            boolean converged) {
    }
}
