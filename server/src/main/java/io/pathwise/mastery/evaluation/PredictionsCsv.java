package io.pathwise.mastery.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every prediction as CSV ({@code user_id,order_id,skill_name,correct,p_correct}, UTF-8,
 * rows in the order of the predicted file), so the figures can be checked with other tools.
 * {@code p_correct} is written at full double precision; names are quoted when they hold a comma,
 * a quote or a line break.
 */
final class PredictionsCsv {

    static final String HEADER = "user_id,order_id,skill_name,correct,p_correct";

    private PredictionsCsv() {
    }

    static void write(Path file, ResponseTable table, double[] predictions) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, table, predictions);
        }
    }

    static void write(Writer out, ResponseTable table, double[] predictions) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (int row = 0; row < table.size(); row++) {
            out.write(CsvField.of(table.learnerName(table.learner(row))));
            out.write(',');
            out.write(Long.toString(table.order(row)));
            out.write(',');
            out.write(CsvField.of(table.skillName(table.skill(row))));
            out.write(table.correct(row) ? ",1," : ",0,");
            out.write(Double.toString(predictions[row]));
            out.write('\n');
        }
    }
}
