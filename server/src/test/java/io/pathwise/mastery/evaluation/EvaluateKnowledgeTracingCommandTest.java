package io.pathwise.mastery.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateKnowledgeTracingCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void isInvokedByItsNameOnly() {
        assertThat(EvaluateKnowledgeTracingCommand.isInvokedBy(new String[] {"evaluate-knowledge-tracing"})).isTrue();
        assertThat(EvaluateKnowledgeTracingCommand.isInvokedBy(new String[] {"import-course"})).isFalse();
        assertThat(EvaluateKnowledgeTracingCommand.isInvokedBy(new String[0])).isFalse();
    }

    @Test
    void badArgumentsPrintTheUsageAndExitWithTwo() {
        List<List<String>> bad = List.of(
                List.of(),
                List.of("--train=a.csv"),
                List.of("--train=a.csv", "--test=b.csv", "--folds=5"),
                List.of("--data=a.csv"),
                List.of("--data=a.csv", "--folds=1"),
                List.of("--data=a.csv", "--folds=five"),
                List.of("--train=a.csv", "--test=b.csv", "--restarts=0"),
                List.of("--train=a.csv", "--test=b.csv", "--seed=x"),
                List.of("--train=a.csv", "--test=b.csv", "--forgetting=yes"),
                List.of("--train=a.csv", "--test=b.csv", "--prior-strength=-1"),
                List.of("--train=a.csv", "--test=b.csv", "--prior-strength=NaN"),
                List.of("--train=a.csv", "--test=b.csv", "--prior-strength=strong"),
                List.of("--train=a.csv", "--test=b.csv", "--max-iterations=0"),
                List.of("--train=a.csv", "--test=b.csv", "--restart=5"),
                List.of("--train=a.csv", "--test=b.csv", "--train=c.csv"),
                List.of("--train=", "--test=b.csv"),
                List.of("train.csv"));
        for (List<String> args : bad) {
            err.reset();
            assertThat(run(args)).as(args.toString()).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(args.toString())
                    .startsWith("evaluate-knowledge-tracing: ")
                    .contains("Usage:");
        }
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run(List.of("--help"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--forgetting", "--folds", "--predictions");
    }

    @Test
    void crossValidatesAFileWithMappedColumnsAndWritesEveryPrediction() throws IOException {
        Path data = copyOfCognitiveTutor();
        Path predictions = dir.resolve("predictions.csv");

        int exit = run(withDataShopColumns("--data=" + data, "--folds=5", "--restarts=2", "--predictions=" + predictions));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("16,857 responses, 587 learners, 12 skills", "5 folds by learner")
                .containsPattern("AUC: 0\\.[67]\\d{3}")
                .containsPattern("RMSE: 0\\.4\\d{3}")
                .containsPattern("Accuracy: 0\\.\\d{4}")
                .containsPattern("Fit time: \\d+\\.\\d{3} s");
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines).hasSize(16_857 + 1);
        assertThat(lines.get(0)).isEqualTo("user_id,order_id,skill_name,correct,p_correct");
        assertThat(lines.get(1)).matches("745Yh,1927,Calculate unit rate,1,0\\.\\d+(E-\\d+)?");
        assertThat(lines).anyMatch(line -> line.contains(",\"Finding the intersection, SIF\","));
    }

    @Test
    void writesEachFoldsParametersAndFiguresPerSkill() throws IOException {
        Path data = copyOfCognitiveTutor();
        Path perSkill = dir.resolve("per-skill.csv");

        int exit = run(withDataShopColumns("--data=" + data, "--folds=5", "--restarts=1", "--per-skill=" + perSkill));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Per-skill figures written to " + perSkill);
        List<String> lines = Files.readAllLines(perSkill);
        assertThat(lines.get(0)).isEqualTo(SkillFiguresCsv.HEADER);
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).extracting(row -> row.substring(0, row.indexOf(','))).containsOnly("1", "2", "3", "4", "5");
        // Each fold predicts other learners: together the rows count every response once.
        int predicted = rows.stream().mapToInt(row -> Integer.parseInt(fields(row)[10])).sum();
        assertThat(predicted).isEqualTo(16_857);
        assertThat(rows).anyMatch(row -> row.startsWith("1,\"Finding the intersection, SIF\",fitted,"));
    }

    @Test
    void aBadFileExitsWithOneNamingTheLine() throws IOException {
        Path train = dir.resolve("train.csv");
        Files.writeString(train, "user_id,order_id,skill_name,correct\na,1,s,1\na,2,s,2\n");

        assertThat(run(List.of("--train=" + train, "--test=" + train))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3, column 4 (correct)");
    }

    @Test
    void aMissingFileExitsWithOne() {
        assertThat(run(List.of("--train=" + dir.resolve("none.csv"), "--test=" + dir.resolve("none.csv"))))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    }

    @Test
    void predictionsThatCannotBeWrittenExitWithOneNamingTheFile() throws IOException {
        Path data = copyOfCognitiveTutor();
        Path predictions = dir.resolve("missing-folder/predictions.csv");

        int exit = run(withDataShopColumns("--train=" + data, "--test=" + data, "--restarts=1",
                "--predictions=" + predictions));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write the predictions to " + predictions);
    }

    @Test
    void theIterationCapAndThePriorStrengthReachTheFit() throws IOException {
        Path data = copyOfCognitiveTutor();

        int exit = run(withDataShopColumns("--train=" + data, "--test=" + data, "--restarts=1", "--max-iterations=1",
                "--prior-strength=0"));
        String capped = out.toString(StandardCharsets.UTF_8);
        out.reset();
        run(withDataShopColumns("--train=" + data, "--test=" + data, "--restarts=1"));
        String converged = out.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(capped).contains("at most 1 iterations, prior strength 0.0");
        assertThat(converged).contains("at most 500 iterations, prior strength 2.0");
        assertThat(capped).contains("Converged: 0 of ").contains(" stopped at the cap (--max-iterations)");
        assertThat(converged).containsPattern("Converged: (\\d+) of \\1 fitted skills within 500 EM iterations, 0 stopped");
        // One iteration leaves each skill at its random starting point: a worse fit than EM's.
        assertThat(auc(capped)).isLessThan(auc(converged));
    }

    private static double auc(String output) {
        return Double.parseDouble(output.lines().filter(line -> line.startsWith("AUC: ")).findFirst().orElseThrow()
                .substring("AUC: ".length()));
    }

    /** The arguments, then the Cognitive Tutor file's DataShop column names as a user maps them. */
    private static List<String> withDataShopColumns(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--user-column=Anon Student Id", "--order-column=Row", "--skill-column=KC(Default)",
                "--correct-column=Correct First Attempt"));
        return all;
    }

    private int run(List<String> args) {
        return EvaluateKnowledgeTracingCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The fields of a row whose only quoted field is the skill, which may hold a comma. */
    private static String[] fields(String row) {
        return row.replaceAll("\"[^\"]*\"", "skill").split(",", -1);
    }

    private Path copyOfCognitiveTutor() throws IOException {
        Path copy = dir.resolve("ct.csv");
        try (InputStream in = getClass().getResourceAsStream("/knowledge-tracing/cognitive-tutor-ct.csv")) {
            Files.copy(in, copy);
        }
        return copy;
    }
}
