package io.pathwise.mastery.evaluation;

import io.pathwise.mastery.model.BktFit;
import io.pathwise.mastery.model.BktParameters;
import java.util.Arrays;
import java.util.Map;

/**
 * Predicts each response from the ones before it, as the learner model would have live: every
 * learner starts every skill at the skill's prior, each response is predicted with
 * {@link BktParameters#correct} from the current state, then the state is updated with the
 * observed answer by {@link BktParameters#update}. A skill without fitted parameters (absent from
 * the training data) is predicted from {@link BktParameters#DEFAULTS}.
 */
final class OneStepPredictor {

    private OneStepPredictor() {
    }

    /**
     * Fills {@code predictions[row]} for every row of an included learner and returns how many
     * rows that was and how many of them were on skills absent from {@code fits}.
     */
    static Counts predict(ResponseTable table, boolean[] included, Map<String, BktFit> fits, double[] predictions) {
        int skills = table.skills();
        BktParameters[] parameters = new BktParameters[skills];
        boolean[] absent = new boolean[skills];
        for (int s = 0; s < skills; s++) {
            BktFit fit = fits.get(table.skillName(s));
            absent[s] = fit == null;
            parameters[s] = fit == null ? BktParameters.DEFAULTS : fit.parameters();
        }
        double[] known = new double[skills];
        int[] owner = new int[skills];
        Arrays.fill(owner, -1);
        int predicted = 0;
        int onAbsentSkills = 0;
        for (int row : table.rowsByLearner()) {
            int learner = table.learner(row);
            if (!included[learner]) {
                continue;
            }
            int skill = table.skill(row);
            BktParameters p = parameters[skill];
            if (owner[skill] != learner) {
                owner[skill] = learner;
                known[skill] = p.prior();
            }
            predictions[row] = p.correct(known[skill]);
            known[skill] = p.update(known[skill], table.correct(row));
            predicted++;
            onAbsentSkills += absent[skill] ? 1 : 0;
        }
        return new Counts(predicted, onAbsentSkills);
    }

    /** Rows predicted, and of those the rows on skills that had no parameters. */
    record Counts(int predicted, int onAbsentSkills) {

        Counts plus(Counts other) {
            return new Counts(predicted + other.predicted, onAbsentSkills + other.onAbsentSkills);
        }
    }
}
