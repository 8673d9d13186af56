package io.pathwise.bench.jmh;

import io.pathwise.mastery.model.BktParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The learner model's work for one piece of evidence, in memory: an answer of one learner on an
 * item tagged with {@code skillsPerItem} skills. For each skill: find its fitted parameters by
 * name, find the learner's current P(known) (or start at the prior), predict P(right) (what the
 * learner model reports beside mastery), apply {@link BktParameters#update} and store the new
 * state. The store is a hash map keyed by learner and skill, as a cache in front of the database
 * would be; the database write itself is not part of this figure.
 *
 * <p>Data: {@code skills} skills with parameters drawn once from plausible ranges, 10,000
 * learners, statements drawn in advance (uniform learner, uniform skills, right 70 % of the time)
 * and replayed in a cycle, so the state map grows to realistic size during warm-up and lookups
 * miss the CPU cache as they would in use.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class BktOnlineUpdateBenchmark {

    private static final int LEARNERS = 10_000;
    private static final int STATEMENTS = 1 << 16;

    /** The lone update on a changing state: the arithmetic of one observation. */
    private final BktParameters single = new BktParameters(0.4, 0.15, 0.2, 0.1, 0);
    private double known = single.prior();
    private boolean right = true;

    @Benchmark
    public double update() {
        known = single.update(known, right);
        right = !right;
        return known;
    }

    /** One statement: every tagged skill's parameters, state, prediction, update and store. */
    @Benchmark
    public double statement(Course course) {
        int i = course.next;
        course.next = (i + 1) & (STATEMENTS - 1);
        String learner = course.statementLearner[i];
        boolean answer = course.statementRight[i];
        double predicted = 0;
        for (String skill : course.statementSkills[i]) {
            BktParameters p = course.parameters.get(skill);
            String key = learner + '|' + skill;
            Double current = course.mastery.get(key);
            double before = current == null ? p.prior() : current;
            predicted += p.correct(before);
            course.mastery.put(key, p.update(before, answer));
        }
        return predicted;
    }

    /** The course's fitted skills, the learners' states and the statements replayed. */
    @State(Scope.Thread)
    public static class Course {

        /** Skills in the course: 837 is the Junyi Academy exercise graph of the data README. */
        @Param("837")
        public int skills;

        /** Skills tagged on the answered item: one observation per skill (BKT practice). */
        @Param({"1", "3"})
        public int skillsPerItem;

        Map<String, BktParameters> parameters;
        Map<String, Double> mastery;
        String[] statementLearner;
        String[][] statementSkills;
        boolean[] statementRight;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            SplittableRandom random = new SplittableRandom(42);
            parameters = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (int s = 0; s < skills; s++) {
                String name = "skill-" + s;
                names.add(name);
                parameters.put(name, new BktParameters(0.1 + 0.8 * random.nextDouble(),
                        0.01 + 0.3 * random.nextDouble(), 0.05 + 0.3 * random.nextDouble(),
                        0.05 + 0.25 * random.nextDouble(), 0));
            }
            mastery = new HashMap<>();
            statementLearner = new String[STATEMENTS];
            statementSkills = new String[STATEMENTS][];
            statementRight = new boolean[STATEMENTS];
            for (int i = 0; i < STATEMENTS; i++) {
                statementLearner[i] = "learner-" + random.nextInt(LEARNERS);
                statementSkills[i] = new String[skillsPerItem];
                for (int k = 0; k < skillsPerItem; k++) {
                    statementSkills[i][k] = names.get(random.nextInt(skills));
                }
                statementRight[i] = random.nextDouble() < 0.7;
            }
        }
    }
}
