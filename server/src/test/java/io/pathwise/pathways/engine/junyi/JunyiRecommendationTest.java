package io.pathwise.pathways.engine.junyi;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.pathways.engine.Activity;
import io.pathwise.pathways.engine.Course;
import io.pathwise.pathways.engine.LearnerState;
import io.pathwise.pathways.engine.Recommendation;
import io.pathwise.pathways.engine.RecommendationKind;
import io.pathwise.pathways.engine.RecommendationPolicy;
import io.pathwise.pathways.engine.Recommender;
import io.pathwise.pathways.engine.Skill;
import io.pathwise.pathways.engine.SkillGraph;
import io.pathwise.pathways.engine.SkillState;
import io.pathwise.pathways.engine.Support;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The recommender on a course built on the Junyi Academy graph (835 skills, 978 edges). */
class JunyiRecommendationTest {

    private static final SkillGraph GRAPH = graph();
    private static final Course COURSE = course();
    private static final SkillState UNSEEN = SkillState.unseen(0.3, 0.2, 0.1);
    private static final SkillState MASTERED = SkillState.unseen(0.97, 0.2, 0.1);

    private final Recommender recommender = new Recommender(RecommendationPolicy.DEFAULTS.withMaxRecommendations(20));

    @Test
    void recommendsOnlySkillsWhosePrerequisitesAreAllMastered() {
        // The first third in course order: every prerequisite of a skill comes before it, so this
        // is a frontier partway through the graph.
        Map<String, SkillState> states = new HashMap<>();
        List<String> inOrder = GRAPH.keysInCourseOrder();
        inOrder.subList(0, inOrder.size() / 3).forEach(key -> states.put(key, MASTERED));

        List<Recommendation> recommendations = recommender.recommend(COURSE,
                new LearnerState(states, UNSEEN, List.of()));

        assertThat(recommendations).hasSizeGreaterThan(10).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RecommendationKind.LEARN);
            assertThat(states).doesNotContainKey(r.skill());
            assertThat(states.keySet()).containsAll(GRAPH.skill(GRAPH.indexOf(r.skill())).prerequisites());
        });
    }

    @Test
    void recommendsASkillThatBuildsOnTheOneJustMastered() {
        int start = -1;
        List<String> next = List.of();
        for (int s = 0; s < GRAPH.size() && next.isEmpty(); s++) {
            String key = GRAPH.skill(s).key();
            if (GRAPH.level(s) == 0) {
                start = s;
                next = GRAPH.dependentsOf(key).stream()
                        .filter(d -> GRAPH.skill(GRAPH.indexOf(d)).prerequisites().equals(List.of(key))).toList();
            }
        }
        String mastered = GRAPH.skill(start).key();

        List<Recommendation> before = recommender.recommend(COURSE, new LearnerState(Map.of(), UNSEEN, List.of()));
        List<Recommendation> after = recommender.recommend(COURSE,
                new LearnerState(Map.of(mastered, MASTERED), UNSEEN, List.of()));

        assertThat(before).extracting(Recommendation::skill).doesNotContainAnyElementsOf(next);
        assertThat(after.get(0).skill()).isIn(next);
        assertThat(after.get(0).reason()).startsWith("You have mastered " + GRAPH.skill(start).name() + "; "
                + GRAPH.skill(GRAPH.indexOf(after.get(0).skill())).name() + " builds on it;");
    }

    private static SkillGraph graph() {
        try (InputStream in = JunyiRecommendationTest.class.getResourceAsStream("/junyi/junyi-exercises.csv")) {
            return JunyiExercises.read(in).skillGraph(Set.of(JunyiExercises.CYCLE_EDGE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Practice at difficulties 1, 3 and 5 for every skill. */
    private static Course course() {
        List<Activity> activities = new ArrayList<>();
        for (int s = 0; s < GRAPH.size(); s++) {
            Skill skill = GRAPH.skill(s);
            for (int difficulty : new int[] {1, 3, 5}) {
                activities.add(new Activity(skill.key() + "-" + difficulty, skill.name(), "practice",
                        List.of(skill.key()), difficulty, Support.NONE));
            }
        }
        return Course.of(GRAPH, activities);
    }
}
