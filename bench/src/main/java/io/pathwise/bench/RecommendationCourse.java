package io.pathwise.bench;

import io.pathwise.pathways.engine.Activity;
import io.pathwise.pathways.engine.Skill;
import io.pathwise.pathways.engine.SkillGraph;
import io.pathwise.pathways.engine.Support;
import io.pathwise.pathways.engine.junyi.JunyiExercises;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The activities of a course on a skill graph, as an author might write them, drawn from a seed so
 * every run measures the same course: per skill one to three practice activities at distinct
 * difficulties from 1 to 5; an easier step (difficulty 1) for 40% of skills and a worked example
 * (difficulty 2) for 40%; and, for 10% of the skills that have prerequisites, a mixed practice that
 * also covers the first prerequisite (difficulty 4), so activities with several skills are
 * exercised too.
 */
final class RecommendationCourse {

    private RecommendationCourse() {
    }

    /** The Junyi skill graph in the file, with its one cycle broken ({@link JunyiExercises#CYCLE_EDGE}). */
    static SkillGraph junyiGraph(Path graphFile) throws IOException {
        try (InputStream in = Files.newInputStream(graphFile)) {
            return JunyiExercises.read(in).skillGraph(Set.of(JunyiExercises.CYCLE_EDGE));
        }
    }

    /** The activities, in skill order, for {@code Course.of} to index. */
    static List<Activity> activities(SkillGraph graph, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Activity> activities = new ArrayList<>();
        for (int s = 0; s < graph.size(); s++) {
            Skill skill = graph.skill(s);
            List<String> only = List.of(skill.key());
            int practices = 1 + random.nextInt(3);
            int[] difficulties = distinctDifficulties(random, practices);
            for (int difficulty : difficulties) {
                activities.add(new Activity(skill.key() + "/practice-" + difficulty, skill.name() + " · practice "
                        + difficulty, "practice", only, difficulty, Support.NONE));
            }
            if (random.nextDouble() < 0.4) {
                activities.add(new Activity(skill.key() + "/step", skill.name() + " · one step at a time", "practice",
                        only, 1, Support.EASIER_STEP));
            }
            if (random.nextDouble() < 0.4) {
                activities.add(new Activity(skill.key() + "/example", skill.name() + " · worked example", "lesson",
                        only, 2, Support.WORKED_EXAMPLE));
            }
            if (!skill.prerequisites().isEmpty() && random.nextDouble() < 0.1) {
                activities.add(new Activity(skill.key() + "/mixed", skill.name() + " · mixed practice", "practice",
                        List.of(skill.key(), skill.prerequisites().get(0)), 4, Support.NONE));
            }
        }
        return List.copyOf(activities);
    }

    /** {@code count} different difficulties from 1 to 5, easiest first. */
    private static int[] distinctDifficulties(SplittableRandom random, int count) {
        int[] pool = {1, 2, 3, 4, 5};
        for (int i = pool.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = pool[i];
            pool[i] = pool[j];
            pool[j] = swap;
        }
        int[] chosen = new int[count];
        System.arraycopy(pool, 0, chosen, 0, count);
        java.util.Arrays.sort(chosen);
        return chosen;
    }
}
