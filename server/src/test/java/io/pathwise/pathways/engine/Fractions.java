package io.pathwise.pathways.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small fractions course for the recommender's tests, and a builder of learner states on it.
 *
 * <pre>
 *   fractions ─┬─► equivalent ─┬─► comparing
 *              └─► adding-like ─┴─► adding-unlike   (needs equivalent and adding-like)
 * </pre>
 *
 * Every skill has ordinary practice at difficulties 1, 3 and 5; adding-unlike also has an easier
 * step and a worked example.
 */
final class Fractions {

    static final SkillGraph GRAPH = SkillGraph.of(List.of(
            new Skill("fractions", "Fractions", List.of()),
            new Skill("equivalent", "Equivalent fractions", List.of("fractions")),
            new Skill("comparing", "Comparing fractions", List.of("equivalent")),
            new Skill("adding-like", "Adding like fractions", List.of("fractions")),
            new Skill("adding-unlike", "Adding unlike fractions", List.of("equivalent", "adding-like"))));

    static final Course COURSE = Course.of(GRAPH, activities());

    /** An unseen skill: P(known) 0.3, guess 0.2, slip 0.1 (BKT's usual defaults). */
    static final SkillState UNSEEN = SkillState.unseen(0.3, 0.2, 0.1);

    private Fractions() {
    }

    private static List<Activity> activities() {
        List<Activity> activities = new ArrayList<>();
        for (String skill : List.of("fractions", "equivalent", "comparing", "adding-like", "adding-unlike")) {
            for (int difficulty : new int[] {1, 3, 5}) {
                activities.add(practice(skill, difficulty));
            }
        }
        activities.add(new Activity("adding-unlike-step", "Adding unlike fractions: one denominator at a time",
                "practice", List.of("adding-unlike"), 1, Support.EASIER_STEP));
        activities.add(new Activity("adding-unlike-example", "Adding unlike fractions: a worked example", "lesson",
                List.of("adding-unlike"), 2, Support.WORKED_EXAMPLE));
        return activities;
    }

    static Activity practice(String skill, int difficulty) {
        return new Activity(skill + "-" + difficulty, "Practice " + skill + " (level " + difficulty + ")", "practice",
                List.of(skill), difficulty, Support.NONE);
    }

    static Learner learner() {
        return new Learner();
    }

    /** A right answer in typical time without hints. */
    static Answer right() {
        return new Answer(true, 30, 30, 0);
    }

    /** A wrong answer in typical time without hints. */
    static Answer wrong() {
        return new Answer(false, 30, 30, 0);
    }

    static final class Learner {

        private final Map<String, SkillState> skills = new HashMap<>();
        private final List<DueReview> due = new ArrayList<>();

        Learner mastered(String... keys) {
            for (String key : keys) {
                skills.put(key, new SkillState(0.97, 0.2, 0.1, List.of()));
            }
            return this;
        }

        Learner known(String key, double known, Answer... answers) {
            skills.put(key, new SkillState(known, 0.2, 0.1, List.of(answers)));
            return this;
        }

        Learner due(String key, double retrievability) {
            due.add(new DueReview(key, retrievability));
            return this;
        }

        LearnerState build() {
            return new LearnerState(skills, UNSEEN, due);
        }
    }
}
