package io.pathwise.mastery.model;

/**
 * The outcome of fitting one skill.
 *
 * @param parameters    what the learner model should use for the skill
 * @param fitted        false when the skill had too few answers and {@code parameters} are
 *                      {@link BktParameters#DEFAULTS}
 * @param observations  answers the fit saw
 * @param learners      sequences (learners) the fit saw
 * @param logLikelihood log-likelihood of those answers under {@code parameters} (natural log);
 *                      NaN when not fitted
 * @param iterations    EM iterations of the kept restart; 0 when not fitted
 * @param converged     whether the kept restart met the tolerance before the iteration cap
 * @param restart       index (0-based) of the kept restart; -1 when not fitted
 */
public record BktFit(BktParameters parameters, boolean fitted, int observations, int learners,
        double logLikelihood, int iterations, boolean converged, int restart) {

    static BktFit defaults(SkillSequences data) {
        return new BktFit(BktParameters.DEFAULTS, false, data.observations(), data.learners(), Double.NaN, 0, false,
                -1);
    }
}
