package io.pathwise.mastery.evaluation;

import io.pathwise.mastery.model.FitOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The command's output: what was read, how the fit went, and the figures, one
 * {@code Label: value} per line so that scripts (the bench) can pick them out.
 */
final class EvaluationReport {

    private final EvaluationArguments arguments;
    private final PrintStream out;

    EvaluationReport(EvaluationArguments arguments, PrintStream out) {
        this.arguments = arguments;
        this.out = out;
    }

    void header() {
        FitOptions fit = arguments.fit();
        out.println("Model: " + (fit.forgetting() ? "BKT + forgetting" : "BKT") + ", EM with " + fit.restarts()
                + " restarts (seed " + fit.seed() + "), at most " + fit.maxIterations() + " iterations, prior strength "
                + fit.priorStrength() + ", " + fit.threads() + " threads");
    }

    ResponseTable read(String label, Path file) throws IOException {
        long started = System.nanoTime();
        ResponseTable table = ResponseCsvReader.read(file, arguments.columns());
        out.println(label + ": " + file + ": " + count(table.size()) + " responses, " + count(table.learners())
                + " learners, " + count(table.skills()) + " skills (read in " + seconds(System.nanoTime() - started)
                + " s)");
        return table;
    }

    void result(EvaluationResult result) {
        FitOptions fit = arguments.fit();
        if (arguments.crossValidation()) {
            out.println("Cross-validation: " + arguments.folds() + " folds by learner (seed " + fit.seed()
                    + "), predictions pooled");
            for (int i = 0; i < result.runs().size(); i++) {
                FitRun run = result.runs().get(i);
                out.println("  fold " + (i + 1) + ": fit on " + count(run.trainLearners()) + " learners ("
                        + run.fitted() + " of " + run.fits().size() + " skills fitted) in "
                        + String.format(Locale.ROOT, "%.2f", run.seconds()) + " s, predicted "
                        + count(run.testResponses()) + " responses of " + count(run.testLearners()) + " learners");
            }
        } else {
            FitRun run = result.runs().get(0);
            out.println("Fit: " + run.fits().size() + " skills, " + run.fitted() + " fitted, "
                    + (run.fits().size() - run.fitted()) + " on defaults (fewer than " + fit.minObservations()
                    + " responses)");
            // A skill stopped by the cap has parameters that depend on the cap; the user should know.
            out.println("Converged: " + run.converged() + " of " + run.fitted() + " fitted skills within "
                    + fit.maxIterations() + " EM iterations, " + (run.fitted() - run.converged())
                    + " stopped at the cap (--max-iterations)");
        }
        out.println("Predicted: " + count(result.metrics().count()) + " responses one step ahead, "
                + count(result.onAbsentSkills()) + " of them on skills without training data (default parameters)");
        PredictionMetrics metrics = result.metrics();
        out.println("AUC: " + decimals(metrics.auc()));
        out.println("RMSE: " + decimals(metrics.rmse()));
        out.println("Accuracy: " + decimals(metrics.accuracy()));
        out.println("Fit time: " + String.format(Locale.ROOT, "%.3f", result.fitSeconds()) + " s"
                + (result.runs().size() > 1 ? " (" + result.runs().size() + " fits)" : ""));
    }

    private static String decimals(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
