package io.pathwise.mastery.evaluation;

import io.pathwise.mastery.model.BktFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits one fit's predictions by skill ({@link SkillFigures}), skills in the order they first
 * appear in the predicted file.
 */
final class SkillBreakdown {

    /** Keeps the log of a prediction finite; fitted parameters never predict closer to 0 or 1. */
    private static final double SMALLEST = 1e-15;

    private SkillBreakdown() {
    }

    /**
     * The figures of each skill practised by a learner with {@code included[learner]}, from the
     * predictions {@link OneStepPredictor} made for those learners' rows.
     */
    static List<SkillFigures> of(int fold, ResponseTable table, boolean[] included, Map<String, BktFit> fits,
            double[] predictions) {
        int skills = table.skills();
        int[] start = new int[skills + 1];
        for (int row = 0; row < table.size(); row++) {
            if (included[table.learner(row)]) {
                start[table.skill(row) + 1]++;
            }
        }
        for (int s = 0; s < skills; s++) {
            start[s + 1] += start[s];
        }
        // Counting sort of the included rows by skill, so each skill's predictions sit together.
        double[] predicted = new double[start[skills]];
        byte[] answered = new byte[start[skills]];
        int[] next = start.clone();
        for (int row = 0; row < table.size(); row++) {
            if (included[table.learner(row)]) {
                int at = next[table.skill(row)]++;
                predicted[at] = predictions[row];
                answered[at] = (byte) (table.correct(row) ? 1 : 0);
            }
        }
        List<SkillFigures> figures = new ArrayList<>();
        for (int s = 0; s < skills; s++) {
            int count = start[s + 1] - start[s];
            if (count == 0) {
                continue;
            }
            double[] p = new double[count];
            byte[] y = new byte[count];
            System.arraycopy(predicted, start[s], p, 0, count);
            System.arraycopy(answered, start[s], y, 0, count);
            String name = table.skillName(s);
            figures.add(new SkillFigures(fold, name, fits.get(name), PredictionMetrics.of(p, y, count),
                    logLoss(p, y)));
        }
        return figures;
    }

    private static double logLoss(double[] predicted, byte[] answered) {
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double p = answered[i] == 1 ? predicted[i] : 1 - predicted[i];
            sum -= Math.log(Math.max(SMALLEST, p));
        }
        return sum / predicted.length;
    }
}
