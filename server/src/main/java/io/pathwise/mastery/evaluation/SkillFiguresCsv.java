package io.pathwise.mastery.evaluation;

import io.pathwise.mastery.model.BktFit;
import io.pathwise.mastery.model.BktParameters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@link SkillFigures} as CSV (UTF-8), one row per fit and skill:
 * {@value #HEADER}.
 *
 * <p>{@code parameters} says where the skill's parameters came from: {@code fitted}, {@code
 * defaults} (the training learners gave fewer answers than a fit needs) or {@code absent} (they
 * never practised it; defaults again). {@code test_auc} is empty when all of the skill's predicted
 * answers were alike, as AUC is then undefined. Numbers have six decimals.
 */
final class SkillFiguresCsv {

    static final String HEADER = "fold,skill_name,parameters,prior,learn,guess,slip,forget,train_responses,"
            + "train_learners,test_responses,test_right,test_auc,test_rmse,test_log_loss";

    private SkillFiguresCsv() {
    }

    static void write(Path file, List<SkillFigures> figures) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, figures);
        }
    }

    static void write(Writer out, List<SkillFigures> figures) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (SkillFigures f : figures) {
            BktFit fit = f.fit();
            BktParameters p = fit == null ? BktParameters.DEFAULTS : fit.parameters();
            String source = fit == null ? "absent" : fit.fitted() ? "fitted" : "defaults";
            PredictionMetrics m = f.metrics();
            out.write(String.join(",", Integer.toString(f.fold()), CsvField.of(f.skill()), source,
                    decimal(p.prior()), decimal(p.learn()), decimal(p.guess()), decimal(p.slip()), decimal(p.forget()),
                    Integer.toString(fit == null ? 0 : fit.observations()),
                    Integer.toString(fit == null ? 0 : fit.learners()), Integer.toString(m.count()),
                    Integer.toString(m.right()), Double.isNaN(m.auc()) ? "" : decimal(m.auc()), decimal(m.rmse()),
                    decimal(f.logLoss())));
            out.write('\n');
        }
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
