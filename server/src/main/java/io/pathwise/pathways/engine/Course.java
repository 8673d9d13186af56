package io.pathwise.pathways.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A course as the recommender walks it: its {@link SkillGraph} and its activities indexed by skill,
 * built once per course (and again when the course changes), then shared by every learner's
 * recommendation. Immutable and thread-safe.
 */
public final class Course {

    private static final int[] NONE = new int[0];

    private final SkillGraph graph;
    private final Activity[] activities;
    private final int[][] skillsOfActivity;
    private final int[][] ordinary;
    private final int[][] easierSteps;
    private final int[][] workedExamples;

    private Course(SkillGraph graph, List<Activity> list) {
        this.graph = graph;
        activities = list.toArray(new Activity[0]);
        skillsOfActivity = new int[activities.length][];
        List<List<Integer>> ordinaryBySkill = perSkill(graph.size());
        List<List<Integer>> easierBySkill = perSkill(graph.size());
        List<List<Integer>> workedBySkill = perSkill(graph.size());
        Set<String> keys = new HashSet<>();
        for (int a = 0; a < activities.length; a++) {
            Activity activity = activities[a];
            if (!keys.add(activity.key())) {
                throw new IllegalArgumentException("activity '" + activity.key() + "' is defined twice");
            }
            skillsOfActivity[a] = new int[activity.skills().size()];
            for (int s = 0; s < activity.skills().size(); s++) {
                String key = activity.skills().get(s);
                int skill = graph.indexOf(key);
                if (skill < 0) {
                    throw new IllegalArgumentException("activity '" + activity.key() + "' names an unknown skill '"
                            + key + "'");
                }
                skillsOfActivity[a][s] = skill;
                List<List<Integer>> bySkill = switch (activity.support()) {
                    case NONE -> ordinaryBySkill;
                    case EASIER_STEP -> easierBySkill;
                    case WORKED_EXAMPLE -> workedBySkill;
                };
                bySkill.get(skill).add(a);
            }
        }
        ordinary = sorted(ordinaryBySkill);
        easierSteps = sorted(easierBySkill);
        workedExamples = sorted(workedBySkill);
    }

    /**
     * Indexes the activities of a course.
     *
     * @throws IllegalArgumentException for an activity key used twice or an activity naming a skill
     *                                  the graph does not have
     */
    public static Course of(SkillGraph graph, List<Activity> activities) {
        return new Course(graph, List.copyOf(activities));
    }

    public SkillGraph graph() {
        return graph;
    }

    /** How many activities. */
    public int activityCount() {
        return activities.length;
    }

    Activity activity(int index) {
        return activities[index];
    }

    /** The skills of activity {@code index}, as graph indexes. Do not modify the returned array. */
    int[] skillsOf(int index) {
        return skillsOfActivity[index];
    }

    /**
     * The activities of skill {@code skill} with the given support, easiest first (ties by key). Do
     * not modify the returned array.
     */
    int[] activitiesOf(int skill, Support support) {
        return switch (support) {
            case NONE -> ordinary[skill];
            case EASIER_STEP -> easierSteps[skill];
            case WORKED_EXAMPLE -> workedExamples[skill];
        };
    }

    private static List<List<Integer>> perSkill(int skills) {
        List<List<Integer>> lists = new ArrayList<>(skills);
        for (int i = 0; i < skills; i++) {
            lists.add(new ArrayList<>(2));
        }
        return lists;
    }

    private int[][] sorted(List<List<Integer>> bySkill) {
        Comparator<Integer> easiestFirst = Comparator.<Integer>comparingInt(a -> activities[a].difficulty())
                .thenComparing(a -> activities[a].key());
        int[][] result = new int[bySkill.size()][];
        for (int s = 0; s < bySkill.size(); s++) {
            List<Integer> list = bySkill.get(s);
            list.sort(easiestFirst);
            result[s] = list.isEmpty() ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }
}
