package io.pathwise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where standard BKT's figure on a train/test split comes from, with the same command users run:
 * <ul>
 * <li>the figure with parameters fitted on the train file (the protocol);</li>
 * <li>k-fold cross-validation by learner within the train file: what the model scores on new
 *     learners drawn from the training population;</li>
 * <li>parameters fitted on the test file itself and scored on it: the best any per-skill parameter
 *     set does on those learners (an in-sample ceiling, not a valid evaluation);</li>
 * <li>the skills whose test log-likelihood differs most between the two parameter sets, from the
 *     command's {@code --per-skill} files, and how much the train learners' log-likelihood of those
 *     skills differs the other way: where train and test learners behave differently.</li>
 * </ul>
 * (One-step-ahead predictions from the prior multiply out to the model's likelihood of each
 * learner's sequence, so a per-skill log loss times its responses is that skill's log-likelihood.)
 * A split whose cross-validation figure is well above its train/test figure, with the gap held by a
 * few skills, has learner populations that differ between its files; no fit on the train file
 * alone closes such a gap.
 */
final class KnowledgeTracingDiagnosis {

    private static final int SKILLS_SHOWN = 5;

    private final Path java;
    private final Path jar;
    private final List<String> common;
    private final WorkDir work;
    private final long timeout;
    private final List<String> commands = new ArrayList<>();

    KnowledgeTracingDiagnosis(Path java, Path jar, List<String> common, WorkDir work, long timeout) {
        this.java = java;
        this.jar = jar;
        this.common = common;
        this.work = work;
        this.timeout = timeout;
    }

    /** Runs the three evaluations of standard BKT and returns the results section as Markdown. */
    String diagnose(Path train, Path test, int folds) throws IOException, InterruptedException {
        Path protocolSkills = work.file("per-skill-train-fit.csv");
        Path ceilingSkills = work.file("per-skill-test-fit.csv");
        Path trainOwnSkills = work.file("per-skill-train-fit-on-train.csv");
        Path trainOtherSkills = work.file("per-skill-test-fit-on-train.csv");
        KnowledgeTracingCommand.Figures protocol = run("--train=" + train, "--test=" + test,
                "--per-skill=" + protocolSkills);
        KnowledgeTracingCommand.Figures crossValidation = run("--data=" + train, "--folds=" + folds);
        KnowledgeTracingCommand.Figures ceiling = run("--train=" + test, "--test=" + test,
                "--per-skill=" + ceilingSkills);
        run("--train=" + train, "--test=" + train, "--per-skill=" + trainOwnSkills);
        run("--train=" + test, "--test=" + train, "--per-skill=" + trainOtherSkills);
        Map<String, SkillRow> trainOwn = read(trainOwnSkills);
        Map<String, SkillRow> trainOther = read(trainOtherSkills);

        List<List<String>> figures = List.of(
                row("fitted on " + train.getFileName() + ", predicting " + test.getFileName() + " (the protocol)",
                        protocol),
                row(folds + "-fold cross-validation by learner within " + train.getFileName(), crossValidation),
                row("fitted on " + test.getFileName() + " and predicting it (in-sample ceiling)", ceiling));
        List<SkillGap> gaps = gaps(read(protocolSkills), read(ceilingSkills));
        double total = gaps.stream().mapToDouble(SkillGap::nats).sum();
        List<List<String>> skills = new ArrayList<>();
        for (SkillGap gap : gaps.subList(0, Math.min(SKILLS_SHOWN, gaps.size()))) {
            skills.add(List.of(gap.skill(), Integer.toString(gap.responses()), gap.protocol().parameters(),
                    gap.ceiling().parameters(), Markdown.number(gap.nats(), 0),
                    Markdown.number(100 * gap.nats() / total, 0) + " %",
                    trainGap(trainOwn.get(gap.skill()), trainOther.get(gap.skill())),
                    gap.protocol().auc() + " / " + gap.ceiling().auc()));
        }
        double shown = gaps.stream().limit(SKILLS_SHOWN).mapToDouble(SkillGap::nats).sum();
        List<String> notes = new ArrayList<>();
        notes.add("Test log-likelihood given up by the train-fitted parameters against the test-fitted ones: "
                + Markdown.number(total, 0) + " nats over " + gaps.size() + " skills; the " + SKILLS_SHOWN
                + " skills in the table hold " + Markdown.number(100 * shown / total, 0) + " % of it. The "
                + "train learners' log-likelihood of the same skills moves the other way: each file's learners are "
                + "best described by parameters fitted on them");
        commands.forEach(command -> notes.add("`" + command + "`"));
        return "Diagnosis of standard BKT on this split (one run each; the figures are seeded):\n\n"
                + Markdown.table(List.of("Parameters", "AUC", "RMSE"), figures) + "\n"
                + Markdown.table(List.of("Skill", "Test responses", "Train-fitted prior/learn/guess/slip",
                        "Test-fitted prior/learn/guess/slip", "Test log-likelihood lost by train-fitted (nats)",
                        "Share of the loss", "Train log-likelihood lost by test-fitted (nats)",
                        "Skill AUC on test, train-fitted / test-fitted"), skills)
                + "\n" + Markdown.bullets(notes);
    }

    private KnowledgeTracingCommand.Figures run(String... arguments) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(common);
        KnowledgeTracingCommand command = new KnowledgeTracingCommand(java, jar, all);
        commands.add(command.display());
        KnowledgeTracingCommand.Figures figures = command.run(work.file("diagnosis.log"), timeout);
        System.out.printf("  diagnosis: AUC %.4f RMSE %.4f: %s%n", figures.auc(), figures.rmse(), command.display());
        return figures;
    }

    /** Log-likelihood of the train learners' answers lost by the test-fitted parameters, or n/a. */
    private static String trainGap(SkillRow own, SkillRow other) {
        if (own == null || other == null) {
            return "n/a";
        }
        return Markdown.number((other.logLoss() - own.logLoss()) * own.responses(), 0);
    }

    private static List<String> row(String label, KnowledgeTracingCommand.Figures figures) {
        return List.of(label, Markdown.number(figures.auc(), 4), Markdown.number(figures.rmse(), 4));
    }

    /** One row of a {@code --per-skill} file, the fields this diagnosis reads. */
    private record SkillRow(String parameters, int responses, String auc, double logLoss) {
    }

    private record SkillGap(String skill, int responses, SkillRow protocol, SkillRow ceiling, double nats) {
    }

    /** Skills in both files, largest gap first; the gap is the test log-likelihood the protocol's parameters lose. */
    private static List<SkillGap> gaps(Map<String, SkillRow> protocol, Map<String, SkillRow> ceiling) {
        List<SkillGap> gaps = new ArrayList<>();
        protocol.forEach((skill, p) -> {
            SkillRow c = ceiling.get(skill);
            if (c != null) {
                gaps.add(new SkillGap(skill, p.responses(), p, c, (p.logLoss() - c.logLoss()) * p.responses()));
            }
        });
        gaps.sort(Comparator.comparingDouble(SkillGap::nats).reversed());
        return gaps;
    }

    private static Map<String, SkillRow> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        Map<String, SkillRow> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            String parameters = String.join("/", f.get(header.indexOf("prior")).substring(0, 5),
                    f.get(header.indexOf("learn")).substring(0, 5), f.get(header.indexOf("guess")).substring(0, 5),
                    f.get(header.indexOf("slip")).substring(0, 5));
            String auc = f.get(header.indexOf("test_auc"));
            rows.put(f.get(header.indexOf("skill_name")), new SkillRow(parameters,
                    Integer.parseInt(f.get(header.indexOf("test_responses"))),
                    auc.isEmpty() ? "n/a" : auc.substring(0, 5),
                    Double.parseDouble(f.get(header.indexOf("test_log_loss")))));
        }
        return rows;
    }

    /** The fields of one line of the command's CSV (quoted fields may hold commas and doubled quotes). */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
