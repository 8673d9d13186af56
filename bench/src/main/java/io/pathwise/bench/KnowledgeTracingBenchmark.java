package io.pathwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The knowledge-tracing evaluation as users run it: {@code java -jar pathwise.jar
 * evaluate-knowledge-tracing} in a fresh JVM, standard BKT and BKT + forgetting, on a train/test
 * split (ASSISTments 2009 by default) and by k-fold cross-validation on one file (the Cognitive
 * Tutor sample by default). Each configuration runs {@code --runs} times; the quality figures are
 * deterministic (seeded), the fit time is reported as the median. Appends to
 * bench/results/knowledge-tracing.md. See bench/README.md.
 */
public final class KnowledgeTracingBenchmark {

    private static final String DATA = "../shared/data/knowledge-tracing/";
    private static final List<String> DATASHOP_COLUMNS = List.of("--user-column=Anon Student Id",
            "--order-column=Row", "--skill-column=KC(Default)", "--correct-column=Correct First Attempt");

    private static final String USAGE = """
            KnowledgeTracingBenchmark [--train=%1$sassist2009-builder-train.csv]
                                      [--test=%1$sassist2009-builder-test.csv]
                                      [--cv-data=%1$scognitive-tutor-ct.csv] [--cv-columns=datashop|standard]
                                      [--folds=5] [--skip-cv] [--skip-diagnosis] [--runs=5] [--restarts=5]
                                      [--seed=1] [--java=%2$s] [--jar=%3$s] [--timeout=600]
              --runs        runs of each configuration (fresh JVM each); fit time is their median
              --skip-diagnosis  leave out the diagnosis of standard BKT on the train/test split
                            (cross-validation within the train file, the test file's in-sample
                            ceiling, and the skills that differ most; see KnowledgeTracingDiagnosis)
              --cv-columns  column names of the cross-validation file: datashop (Anon Student Id, Row,
                            KC(Default), Correct First Attempt) or standard (user_id, order_id, ...)
            """.formatted(DATA, ServerCommand.DEFAULT_JAVA, ServerCommand.DEFAULT_JAR);

    /** pyBKT 1.4.2 (C++ build, 2 cores) on the same protocol, from the data README. */
    private record Reference(double auc, double rmse, String fitTime) {
    }

    private record Configuration(String data, String model, KnowledgeTracingCommand command, Reference reference) {
    }

    private record Measured(Configuration configuration, List<KnowledgeTracingCommand.Figures> runs) {

        KnowledgeTracingCommand.Figures first() {
            return runs.get(0);
        }

        Summary fit() {
            return Summary.of(runs.stream().map(KnowledgeTracingCommand.Figures::fitSeconds).toList());
        }

        Summary wall() {
            return Summary.of(runs.stream().map(KnowledgeTracingCommand.Figures::wallSeconds).toList());
        }

        /** The figures are seeded: runs that disagree point at a bug, so the results say so. */
        boolean deterministic() {
            return runs.stream().allMatch(r -> r.auc() == first().auc() && r.rmse() == first().rmse()
                    && r.accuracy() == first().accuracy());
        }
    }

    private KnowledgeTracingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Set.of("train", "test", "cv-data", "cv-columns", "folds", "skip-cv",
                "skip-diagnosis", "runs", "restarts", "seed", "java", "jar", "timeout", "help"));
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        Path root = ProjectRoot.find();
        Path java = Path.of(options.string("java", ServerCommand.DEFAULT_JAVA));
        Path jar = root.resolve(options.string("jar", ServerCommand.DEFAULT_JAR)).normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no server jar at " + jar
                    + "; build it first: ./mvnw -q -pl server -am package -DskipTests");
        }
        int runs = options.positiveInt("runs", 5);
        long timeout = options.positiveInt("timeout", 600);
        List<String> common = List.of("--restarts=" + options.positiveInt("restarts", 5),
                "--seed=" + options.string("seed", "1"));

        List<Configuration> configurations = new ArrayList<>();
        Path train = existing(root, options.string("train", DATA + "assist2009-builder-train.csv"));
        Path test = existing(root, options.string("test", DATA + "assist2009-builder-test.csv"));
        boolean assistments = train.getFileName().toString().equals("assist2009-builder-train.csv");
        String split = assistments ? "assist2009-builder" : train.getFileName() + " / " + test.getFileName();
        for (boolean forgetting : new boolean[] {false, true}) {
            List<String> arguments = new ArrayList<>(List.of("--train=" + train, "--test=" + test));
            arguments.addAll(common);
            if (forgetting) {
                arguments.add("--forgetting");
            }
            Reference reference = !assistments ? null
                    : forgetting ? new Reference(0.827, 0.388, "7.2") : new Reference(0.759, 0.415, "7.2");
            configurations.add(new Configuration(split, model(forgetting),
                    new KnowledgeTracingCommand(java, jar, arguments), reference));
        }
        if (!options.has("skip-cv")) {
            Path cv = existing(root, options.string("cv-data", DATA + "cognitive-tutor-ct.csv"));
            int folds = options.positiveInt("folds", 5);
            boolean cognitiveTutor = cv.getFileName().toString().equals("cognitive-tutor-ct.csv") && folds == 5;
            for (boolean forgetting : new boolean[] {false, true}) {
                List<String> arguments = new ArrayList<>(List.of("--data=" + cv, "--folds=" + folds));
                if (options.string("cv-columns", "datashop").equals("datashop")) {
                    arguments.addAll(DATASHOP_COLUMNS);
                }
                arguments.addAll(common);
                if (forgetting) {
                    arguments.add("--forgetting");
                }
                Reference reference = !cognitiveTutor ? null
                        : forgetting ? new Reference(0.704, 0.454, "") : new Reference(0.700, 0.455, "0.5");
                configurations.add(new Configuration(cv.getFileName() + ", " + folds + "-fold CV by learner, pooled",
                        model(forgetting), new KnowledgeTracingCommand(java, jar, arguments), reference));
            }
        }

        String jdk = Environment.javaVersion(java);
        System.out.printf("Jar: %s%nJDK: %s%n%n", jar, jdk);
        WorkDir work = new WorkDir("pathwise-kt-");
        List<Measured> measured = new ArrayList<>();
        for (Configuration configuration : configurations) {
            System.out.println(configuration.data() + ", " + configuration.model() + ": "
                    + configuration.command().display());
            List<KnowledgeTracingCommand.Figures> figures = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                KnowledgeTracingCommand.Figures f = configuration.command().run(work.file("run.log"), timeout);
                figures.add(f);
                System.out.printf("  run %d: AUC %.4f RMSE %.4f accuracy %.4f, fit %.3f s, command %.2f s%n", i, f.auc(),
                        f.rmse(), f.accuracy(), f.fitSeconds(), f.wallSeconds());
            }
            measured.add(new Measured(configuration, figures));
        }

        List<String> verdicts = KnowledgeTracingTargets.verdicts(assistments, measured.stream()
                .filter(m -> m.configuration().data().equals("assist2009-builder"))
                .map(m -> new KnowledgeTracingTargets.Row(m.configuration().model(), m.first().auc(), m.first().rmse(),
                        m.fit().median()))
                .toList());
        System.out.println();
        verdicts.forEach(System.out::println);
        String diagnosis = "";
        if (!options.has("skip-diagnosis")) {
            System.out.println("\nDiagnosis of standard BKT on " + split);
            diagnosis = "\n" + new KnowledgeTracingDiagnosis(java, jar, common, work, timeout)
                    .diagnose(train, test, options.positiveInt("folds", 5));
        }
        Path results = ResultsFile.append(root, "knowledge-tracing", "Knowledge tracing evaluation",
                Markdown.bullets(environment(root, jar, jdk, args, runs)) + "\n" + table(measured) + "\n"
                        + Markdown.bullets(commands(measured)) + "\n" + Markdown.bullets(verdicts) + diagnosis);
        System.out.println("\nAppended to " + results);
        work.delete();
    }

    private static String model(boolean forgetting) {
        return forgetting ? "BKT + forgetting" : "BKT";
    }

    private static Path existing(Path root, String path) {
        Path file = root.resolve(path).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no data file at " + file + " (the data README says where they live)");
        }
        return file;
    }

    private static List<String> environment(Path root, Path jar, String jdk, String[] args, int runs) {
        List<String> lines = new ArrayList<>();
        for (String line : Environment.describe(jdk, "", KnowledgeTracingBenchmark.class.getName(), args)) {
            // Environment speaks of a server and a client; here the measured process is the command,
            // whose command lines follow the table.
            if (!line.startsWith("Server command line")) {
                lines.add(line.replaceFirst("^Server JDK", "Command JDK").replaceFirst("^Client JDK", "Benchmark JDK")
                        .replaceFirst("^Client command line", "Benchmark command line"));
            }
        }
        lines.add(BuildInfo.describe(root, jar));
        lines.add("Each configuration ran " + runs + " times, each in a fresh JVM; fit time (EM over all skills, the "
                + "command's own figure, reading the files excluded) is the median, command time is JVM start to exit");
        return lines;
    }

    private static String table(List<Measured> measured) {
        List<List<String>> rows = new ArrayList<>();
        for (Measured m : measured) {
            KnowledgeTracingCommand.Figures f = m.first();
            Reference ref = m.configuration().reference();
            rows.add(List.of(m.configuration().data(), m.configuration().model(), Markdown.number(f.auc(), 4),
                    Markdown.number(f.rmse(), 4), Markdown.number(f.accuracy(), 4), seconds(m.fit()),
                    Markdown.number(m.wall().median(), 2),
                    ref == null ? "" : Markdown.number(ref.auc(), 3) + " / " + Markdown.number(ref.rmse(), 3)
                            + (ref.fitTime().isEmpty() ? "" : " / " + ref.fitTime() + " s"),
                    m.deterministic() ? "yes" : "NO"));
        }
        return Markdown.table(List.of("Data", "Model", "AUC", "RMSE", "Accuracy", "Fit time median (min-max) s",
                "Command s", "pyBKT AUC / RMSE / fit", "Same figures every run"), rows);
    }

    private static List<String> commands(List<Measured> measured) {
        return measured.stream()
                .map(m -> m.configuration().model() + " on " + m.configuration().data() + ": `"
                        + m.configuration().command().display() + "`")
                .toList();
    }

    private static String seconds(Summary s) {
        return Markdown.number(s.median(), 3) + " (" + Markdown.number(s.min(), 3) + "-" + Markdown.number(s.max(), 3)
                + ")";
    }
}
