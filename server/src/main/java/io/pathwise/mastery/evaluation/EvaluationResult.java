package io.pathwise.mastery.evaluation;

import java.util.List;

/**
 * What an evaluation measured.
 *
 * @param predicted        the table whose responses were predicted (the test file, or the whole
 *                         file for cross-validation)
 * @param predictions      P(right) per row of {@code predicted}, every row filled
 * @param metrics          of all predictions pooled
 * @param runs             one per fit
 * @param onAbsentSkills   predictions on skills the fit had not seen, made from the defaults
 */
public record EvaluationResult(ResponseTable predicted, double[] predictions, PredictionMetrics metrics,
        List<FitRun> runs, int onAbsentSkills) {

    /** Every run's figures per skill, run after run. */
    public List<SkillFigures> skillFigures() {
        return runs.stream().flatMap(run -> run.skills().stream()).toList();
    }

    /** Fit time summed over the runs. */
    public double fitSeconds() {
        return runs.stream().mapToDouble(FitRun::seconds).sum();
    }
}
