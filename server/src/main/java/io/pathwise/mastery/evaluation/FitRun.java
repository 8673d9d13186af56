package io.pathwise.mastery.evaluation;

import io.pathwise.mastery.model.BktFit;
import java.util.List;
import java.util.Map;

/**
 * One fit of an evaluation (the only one for train/test, one per fold for cross-validation).
 *
 * @param fits            per skill name, what the fit gave
 * @param seconds         wall time to prepare the sequences and fit every skill (reading the file
 *                        not included)
 * @param trainLearners   learners the fit saw
 * @param testLearners    learners predicted with it
 * @param testResponses   responses predicted with it
 * @param skills          the figures of those predictions, skill by skill
 */
public record FitRun(Map<String, BktFit> fits, double seconds, int trainLearners, int testLearners,
        int testResponses, List<SkillFigures> skills) {

    /** Skills whose parameters were fitted rather than left at the defaults. */
    public long fitted() {
        return fits.values().stream().filter(BktFit::fitted).count();
    }

    /** Fitted skills whose kept EM run met the tolerance before the iteration cap stopped it. */
    public long converged() {
        return fits.values().stream().filter(fit -> fit.fitted() && fit.converged()).count();
    }
}
