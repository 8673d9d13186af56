package io.pathwise.bench;

import io.pathwise.pathways.engine.Activity;
import io.pathwise.pathways.engine.Course;
import io.pathwise.pathways.engine.LearnerState;
import io.pathwise.pathways.engine.Recommendation;
import io.pathwise.pathways.engine.RecommendationPolicy;
import io.pathwise.pathways.engine.Recommender;
import io.pathwise.pathways.engine.SkillGraph;
import io.pathwise.pathways.engine.junyi.JunyiExercises;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Latency of one learner's recommendation in a course built on the Junyi Academy graph, in process:
 * the engine's own cost, which the pathways module's request adds to. One thread asks for one
 * learner's list at a time, learners in a shuffled order, and every call is timed and kept, so the
 * percentiles are exact. See bench/README.md.
 */
public final class RecommendationBenchmark {

    static final double TARGET_P99_MILLIS = 5.0;

    private static final String DEFAULT_GRAPH = "../shared/data/skill-graphs/junyi-exercises.csv";
    private static final List<String> ENGINE_SOURCES = List.of("server/src/main/java/io/pathwise/pathways/engine",
            "server/src/main/java/io/pathwise/shared/csv");

    private static final String USAGE = """
            RecommendationBenchmark [--graph=%s] [--learners=2000]
                                    [--runs=5] [--requests=200000] [--warmup=200000] [--seed=42]
              --graph      the Junyi exercise table (the path is relative to the repository root)
              --learners   distinct learner states to ask for, in a shuffled order
              --runs       measured runs; the headline is each figure's median over them
              --requests   timed recommendations per run
              --warmup     untimed recommendations before the first run, for the JIT
              --seed       seed of the course's activities and the learners
            """.formatted(DEFAULT_GRAPH);

    /** One run's latencies in microseconds, and its throughput. */
    private record Run(int number, double p50, double p90, double p99, double p999, double max, double mean,
            double perSecond) {
    }

    private RecommendationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Set.of("graph", "learners", "runs", "requests", "warmup", "seed", "help"));
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        Path root = ProjectRoot.find();
        Path graphFile = root.resolve(options.string("graph", DEFAULT_GRAPH)).normalize();
        int learnerCount = options.positiveInt("learners", 2000);
        int runs = options.positiveInt("runs", 5);
        int requests = options.positiveInt("requests", 200_000);
        int warmup = options.positiveInt("warmup", 200_000);
        long seed = Long.parseLong(options.string("seed", "42"));

        JunyiExercises junyi;
        try (InputStream in = Files.newInputStream(graphFile)) {
            junyi = JunyiExercises.read(in);
        }
        long buildStart = System.nanoTime();
        SkillGraph graph = junyi.skillGraph(Set.of(JunyiExercises.CYCLE_EDGE));
        List<Activity> activities = RecommendationCourse.activities(graph, seed);
        Course course = Course.of(graph, activities);
        double buildMillis = (System.nanoTime() - buildStart) / 1e6;
        double[] typical = new double[graph.size()];
        junyi.exercises().forEach((name, row) -> typical[graph.indexOf(name)] = row.secondsPerFastProblem());
        RecommendationLearners.Generated generated = RecommendationLearners.generate(graph, typical, learnerCount,
                seed + 1);
        List<LearnerState> learners = generated.learners();
        Recommender recommender = new Recommender(RecommendationPolicy.DEFAULTS);
        System.out.printf("Graph %s: %d rows, %d skills, %d edges; %d activities; %d learners;"
                + " course built in %.1f ms%n", graphFile, junyi.rows().size(), graph.size(), graph.edgeCount(),
                course.activityCount(), learners.size(), buildMillis);

        OutputCheck check = OutputCheck.of(recommender, course, activities, learners);
        SplittableRandom order = new SplittableRandom(seed + 2);
        long sink = measure(recommender, course, learners, warmup, order, null);
        List<Run> results = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            long[] nanos = new long[requests];
            long start = System.nanoTime();
            sink += measure(recommender, course, learners, requests, order, nanos);
            double seconds = (System.nanoTime() - start) / 1e9;
            Run run = summarise(r, nanos, requests / seconds);
            results.add(run);
            System.out.printf("run %d: p50 %.1f µs, p90 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, max %.1f µs, %.0f/s%n",
                    r, run.p50(), run.p90(), run.p99(), run.p999(), run.max(), run.perSecond());
        }
        System.out.println("(checksum " + sink + ")");

        List<String> setup = new ArrayList<>();
        setup.add(EngineSources.describe(root, ENGINE_SOURCES));
        setup.addAll(Environment.describe("none: the engine runs in the benchmark's JVM (client JDK below)",
                "none", RecommendationBenchmark.class.getName(), args));
        setup.add("Data: " + graphFile + " (" + junyi.rows().size() + " rows, "
                + junyi.rows().stream().mapToInt(row -> row.prerequisites().size()).sum()
                + " listed prerequisites) read as " + graph.size() + " skills and " + graph.edgeCount()
                + " edges (repeated rows merged, repeated entries and self-references dropped, the data's cycle"
                + " broken at "
                + JunyiExercises.CYCLE_EDGE.skill() + " → " + JunyiExercises.CYCLE_EDGE.requires() + "); "
                + course.activityCount() + " activities; graph and course indexes built in "
                + Markdown.number(buildMillis, 1) + " ms (first build, cold JVM)");
        setup.add("Learners: " + learners.size() + " " + profile(generated.profiles()));
        setup.add("Load: one thread, learners in a shuffled order; " + warmup
                + " untimed warm-up recommendations, then " + runs + " runs of " + requests
                + " timed ones; policy defaults (at most 5 recommendations)");
        setup.add("Output check: " + check.describe());
        List<String> summary = headline(results);
        summary.forEach(System.out::println);
        Path file = ResultsFile.append(root, "recommendation", "Recommendation latency benchmark",
                Markdown.bullets(setup) + "\n" + table(results) + "\n" + Markdown.bullets(summary));
        System.out.println("Appended to " + file);
    }

    /** Asks for {@code count} recommendations, timing each into {@code nanos} unless it is null. */
    private static long measure(Recommender recommender, Course course, List<LearnerState> learners, int count,
            SplittableRandom order, long[] nanos) {
        long sink = 0;
        int[] permutation = shuffled(learners.size(), order);
        for (int i = 0; i < count; i++) {
            if (i > 0 && i % permutation.length == 0) {
                permutation = shuffled(learners.size(), order);
            }
            LearnerState learner = learners.get(permutation[i % permutation.length]);
            long start = System.nanoTime();
            List<Recommendation> list = recommender.recommend(course, learner);
            long elapsed = System.nanoTime() - start;
            if (nanos != null) {
                nanos[i] = elapsed;
            }
            sink += list.size() + (list.isEmpty() ? 0 : list.get(0).reason().length());
        }
        return sink;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static Run summarise(int number, long[] nanos, double perSecond) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        double mean = java.util.Arrays.stream(sorted).average().orElse(0) / 1e3;
        return new Run(number, micros(sorted, 50), micros(sorted, 90), micros(sorted, 99), micros(sorted, 99.9),
                sorted[sorted.length - 1] / 1e3, mean, perSecond);
    }

    /** Nearest-rank percentile of sorted nanoseconds, in microseconds. */
    private static double micros(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] / 1e3;
    }

    private static String profile(List<RecommendationLearners.Profile> profiles) {
        return "(averages per learner: " + mean(profiles, RecommendationLearners.Profile::mastered)
                + " skills mastered, " + mean(profiles, RecommendationLearners.Profile::ready) + " ready, "
                + mean(profiles, RecommendationLearners.Profile::started) + " of them started, "
                + mean(profiles, RecommendationLearners.Profile::signalled) + " with a signal, "
                + mean(profiles, RecommendationLearners.Profile::due) + " reviews due; "
                + mean(profiles, RecommendationLearners.Profile::statesGiven) + " skill states passed in)";
    }

    private static String mean(List<RecommendationLearners.Profile> profiles,
            java.util.function.ToIntFunction<RecommendationLearners.Profile> figure) {
        return Markdown.number(profiles.stream().mapToInt(figure).average().orElse(0), 1);
    }

    private static String table(List<Run> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (Run run : runs) {
            rows.add(List.of(String.valueOf(run.number()), Markdown.number(run.p50(), 1), Markdown.number(run.p90(), 1),
                    Markdown.number(run.p99(), 1), Markdown.number(run.p999(), 1), Markdown.number(run.max(), 1),
                    Markdown.number(run.mean(), 1), Markdown.number(run.perSecond(), 0)));
        }
        return Markdown.table(List.of("Run", "p50 (µs)", "p90 (µs)", "p99 (µs)", "p99.9 (µs)", "max (µs)", "mean (µs)",
                "recommendations/s"), rows);
    }

    private static List<String> headline(List<Run> runs) {
        Summary p99 = Summary.of(runs.stream().map(Run::p99).toList());
        double p50 = Summary.median(runs.stream().map(Run::p50).toList());
        double p999 = Summary.median(runs.stream().map(Run::p999).toList());
        double perSecond = Summary.median(runs.stream().map(Run::perSecond).toList());
        return List.of(
                "Median over " + runs.size() + " runs: p50 " + Markdown.number(p50, 1) + " µs, p99 "
                        + Markdown.number(p99.median(), 1) + " µs (min " + Markdown.number(p99.min(), 1) + ", max "
                        + Markdown.number(p99.max(), 1) + "), p99.9 " + Markdown.number(p999, 1) + " µs; "
                        + Markdown.number(perSecond, 0) + " recommendations/s on one thread",
                "Target p99 <= " + Markdown.number(TARGET_P99_MILLIS, 0) + " ms: "
                        + (p99.median() / 1e3 <= TARGET_P99_MILLIS ? "met" : "NOT met") + " ("
                        + Markdown.number(p99.median() / 1e3, 3) + " ms)");
    }
}
