package io.pathwise.mastery.evaluation;

import io.pathwise.mastery.model.BktFit;
import io.pathwise.mastery.model.BktFitter;
import io.pathwise.mastery.model.FitOptions;
import io.pathwise.mastery.model.SkillSequences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits BKT on some learners and predicts the responses of others one step ahead
 * ({@link OneStepPredictor}), either on a train and a test file or by k-fold cross-validation by
 * learner on one file, pooling the predictions of all folds before computing the metrics.
 */
public final class KnowledgeTracingEvaluation {

    private final BktFitter fitter;

    public KnowledgeTracingEvaluation(FitOptions options) {
        this.fitter = new BktFitter(options);
    }

    /** Fits on every learner of {@code train} and predicts every response of {@code test}. */
    public EvaluationResult trainTest(ResponseTable train, ResponseTable test) {
        double[] predictions = new double[test.size()];
        FitAndCounts run = fitAndPredict(1, train, train.allLearners(), test, test.allLearners(), predictions);
        return result(test, predictions, List.of(run.run()), run.counts());
    }

    /**
     * Splits the learners of {@code data} into {@code folds} folds ({@link LearnerFolds}, seeded by
     * {@code seed}); for each fold, fits on the others and predicts it.
     */
    public EvaluationResult crossValidate(ResponseTable data, int folds, long seed) {
        int[] foldOf = LearnerFolds.assign(data.learners(), folds, seed);
        double[] predictions = new double[data.size()];
        List<FitRun> runs = new ArrayList<>();
        OneStepPredictor.Counts counts = new OneStepPredictor.Counts(0, 0);
        for (int fold = 0; fold < folds; fold++) {
            boolean[] test = new boolean[data.learners()];
            boolean[] train = new boolean[data.learners()];
            for (int learner = 0; learner < foldOf.length; learner++) {
                test[learner] = foldOf[learner] == fold;
                train[learner] = !test[learner];
            }
            FitAndCounts run = fitAndPredict(fold + 1, data, train, data, test, predictions);
            runs.add(run.run());
            counts = counts.plus(run.counts());
        }
        return result(data, predictions, runs, counts);
    }

    private FitAndCounts fitAndPredict(int fold, ResponseTable train, boolean[] trainLearners, ResponseTable test,
            boolean[] testLearners, double[] predictions) {
        long started = System.nanoTime();
        Map<String, SkillSequences> sequences = train.sequencesBySkill(trainLearners);
        Map<String, BktFit> fits = fitter.fitAll(sequences);
        double seconds = (System.nanoTime() - started) / 1e9;
        OneStepPredictor.Counts counts = OneStepPredictor.predict(test, testLearners, fits, predictions);
        FitRun run = new FitRun(fits, seconds, count(trainLearners), count(testLearners), counts.predicted(),
                SkillBreakdown.of(fold, test, testLearners, fits, predictions));
        return new FitAndCounts(run, counts);
    }

    private static EvaluationResult result(ResponseTable table, double[] predictions, List<FitRun> runs,
            OneStepPredictor.Counts counts) {
        byte[] answers = new byte[table.size()];
        for (int row = 0; row < answers.length; row++) {
            answers[row] = (byte) (table.correct(row) ? 1 : 0);
        }
        if (counts.predicted() != table.size()) {
            throw new IllegalStateException("predicted " + counts.predicted() + " of " + table.size() + " responses");
        }
        return new EvaluationResult(table, predictions, PredictionMetrics.of(predictions, answers, table.size()),
                List.copyOf(runs), counts.onAbsentSkills());
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean flag : flags) {
            n += flag ? 1 : 0;
        }
        return n;
    }

    private record FitAndCounts(FitRun run, OneStepPredictor.Counts counts) {
    }
}
