package io.pathwise.mastery.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar pathwise.jar evaluate-knowledge-tracing ...}: fits BKT on responses from a CSV
 * file and prints how well it predicts other learners' responses one step ahead (AUC, RMSE,
 * accuracy, fit time). Plain Java: it runs before, and instead of, the Spring application, so it
 * needs no database or configuration.
 *
 * <p>Exit codes: 0 done, 1 a file could not be read or written (the message names it, and for a
 * bad CSV the line and column), 2 bad arguments (the usage is printed).
 */
public final class EvaluateKnowledgeTracingCommand {

    public static final String NAME = "evaluate-knowledge-tracing";

    static final String USAGE = """
            Usage:
              java -jar pathwise.jar evaluate-knowledge-tracing --train=<csv> --test=<csv> [options]
              java -jar pathwise.jar evaluate-knowledge-tracing --data=<csv> --folds=<k> [options]

            Fits Bayesian Knowledge Tracing per skill (EM with random restarts) on the training
            learners and predicts each response of the other learners from the ones before it.
            With --data and --folds: k-fold cross-validation by learner, predictions pooled.

            CSV: a header line, then one response per row: user_id,order_id,skill_name,correct
            (order_id a whole number ordering each learner's rows; correct 0 or 1). UTF-8.
            Skills absent from the training data are predicted with the default parameters.

            Options:
              --forgetting            also fit P(forget) (default: standard BKT, no forgetting)
              --restarts=5            EM restarts per skill, the best likelihood is kept
              --seed=1                seeds the restarts and the folds
              --threads=<cores>       skills fitted in parallel (default: available processors)
              --max-iterations=500    EM iterations per restart at most
              --prior-strength=2      weight of the weak Beta prior on each parameter, in answers;
                                      0 gives plain maximum likelihood (as pyBKT)
              --predictions=<csv>     write user_id,order_id,skill_name,correct,p_correct per prediction
              --per-skill=<csv>       write each skill's parameters and figures (AUC, RMSE, log loss),
                                      one row per skill and fold, to see which skills a figure comes from
              --help                  this text

            Other column names (defaults shown):
              --user-column=user_id --order-column=order_id --skill-column=skill_name --correct-column=correct
              e.g. a PSLC DataShop export: --user-column='Anon Student Id' --order-column=Row
                   --skill-column='KC(Default)' --correct-column='Correct First Attempt'
            """;

    private EvaluateKnowledgeTracingCommand() {
    }

    /** True when {@code args} name this command (its name first). */
    public static boolean isInvokedBy(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the command with the arguments after its name; returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        EvaluationArguments arguments;
        try {
            arguments = EvaluationArguments.parse(args);
        } catch (EvaluationArguments.UsageException e) {
            err.println(NAME + ": " + e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        }
        if (arguments.help()) {
            out.print(USAGE);
            return 0;
        }
        try {
            EvaluationReport report = new EvaluationReport(arguments, out);
            report.header();
            KnowledgeTracingEvaluation evaluation = new KnowledgeTracingEvaluation(arguments.fit());
            EvaluationResult result = evaluate(arguments, report, evaluation);
            report.result(result);
            if (arguments.predictions() != null && !written("predictions", arguments.predictions(),
                    () -> PredictionsCsv.write(arguments.predictions(), result.predicted(), result.predictions()), out,
                    err)) {
                return 1;
            }
            if (arguments.perSkill() != null && !written("per-skill figures", arguments.perSkill(),
                    () -> SkillFiguresCsv.write(arguments.perSkill(), result.skillFigures()), out, err)) {
                return 1;
            }
            return 0;
        } catch (CsvFormatException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println(NAME + ": no such file: " + e.getFile());
            return 1;
        } catch (IOException e) {
            err.println(NAME + ": " + e);
            return 1;
        } catch (IllegalArgumentException e) {
            // e.g. more folds than learners
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }

    private static EvaluationResult evaluate(EvaluationArguments arguments, EvaluationReport report,
            KnowledgeTracingEvaluation evaluation) throws IOException {
        if (arguments.crossValidation()) {
            ResponseTable data = report.read("Data", arguments.data());
            return evaluation.crossValidate(data, arguments.folds(), arguments.fit().seed());
        }
        ResponseTable train = report.read("Train", arguments.train());
        ResponseTable test = report.read("Test", arguments.test());
        return evaluation.trainTest(train, test);
    }

    /** Writes one output file; false, after naming the file on {@code err}, when it cannot be written. */
    private static boolean written(String what, Path file, OutputFile output, PrintStream out, PrintStream err) {
        try {
            output.write();
        } catch (IOException e) {
            err.println(NAME + ": cannot write the " + what + " to " + file + ": " + e);
            return false;
        }
        out.println(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " written to " + file);
        return true;
    }

    @FunctionalInterface
    private interface OutputFile {
        void write() throws IOException;
    }
}
