package io.pathwise.pathways.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A course's skills and their prerequisites, checked to be a directed acyclic graph and compiled
 * once into the arrays the recommender walks for every learner: skills by dense index,
 * prerequisite and dependent (reverse) edges, and a course order. Immutable and thread-safe.
 *
 * <p>The course order is a topological order: skills by their level (the length of the longest
 * chain of prerequisites below them, 0 for a skill that needs nothing), then by key. Every skill
 * comes after all of its prerequisites, and among skills that become available together the
 * earlier in the course comes first.
 */
public final class SkillGraph {

    private final Skill[] skills;
    private final Map<String, Integer> indexByKey;
    private final int[][] prerequisites;
    private final int[][] dependents;
    private final int[] level;
    private final int[] courseOrder;
    private final int[] rank;
    private final int edges;

    private SkillGraph(List<Skill> list) {
        int n = list.size();
        skills = list.toArray(new Skill[0]);
        indexByKey = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            if (indexByKey.putIfAbsent(skills[i].key(), i) != null) {
                throw new IllegalArgumentException("skill '" + skills[i].key() + "' is defined twice");
            }
        }
        prerequisites = new int[n][];
        int[] dependentCount = new int[n];
        int edgeCount = 0;
        for (int i = 0; i < n; i++) {
            List<String> keys = skills[i].prerequisites();
            prerequisites[i] = new int[keys.size()];
            for (int p = 0; p < keys.size(); p++) {
                String key = keys.get(p);
                Integer index = indexByKey.get(key);
                if (key.equals(skills[i].key())) {
                    throw new IllegalArgumentException("skill '" + key + "' cannot be its own prerequisite");
                }
                if (index == null) {
                    throw new IllegalArgumentException("skill '" + skills[i].key() + "' names an unknown prerequisite '"
                            + key + "'");
                }
                prerequisites[i][p] = index;
                dependentCount[index]++;
            }
            edgeCount += keys.size();
        }
        edges = edgeCount;
        dependents = new int[n][];
        for (int i = 0; i < n; i++) {
            dependents[i] = new int[dependentCount[i]];
        }
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            for (int p : prerequisites[i]) {
                dependents[p][filled[p]++] = i;
            }
        }
        level = levels();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> level[i]).thenComparing(i -> skills[i].key()));
        courseOrder = new int[n];
        rank = new int[n];
        for (int r = 0; r < n; r++) {
            courseOrder[r] = order[r];
            rank[order[r]] = r;
        }
    }

    /**
     * Checks and compiles a graph.
     *
     * @throws IllegalArgumentException naming the problem: a key defined twice, a skill that is its
     *                                  own prerequisite, an unknown prerequisite, or a cycle (its
     *                                  skills in order)
     */
    public static SkillGraph of(List<Skill> skills) {
        return new SkillGraph(List.copyOf(skills));
    }

    /**
     * Longest prerequisite chain per skill, by Kahn's algorithm over prerequisite edges; skills
     * left unprocessed lie on or behind a cycle, which is then found and named.
     */
    private int[] levels() {
        int n = skills.length;
        int[] waiting = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            waiting[i] = prerequisites[i].length;
            if (waiting[i] == 0) {
                queue[tail++] = i;
            }
        }
        int[] levels = new int[n];
        while (head < tail) {
            int skill = queue[head++];
            for (int dependent : dependents[skill]) {
                levels[dependent] = Math.max(levels[dependent], levels[skill] + 1);
                if (--waiting[dependent] == 0) {
                    queue[tail++] = dependent;
                }
            }
        }
        if (tail < n) {
            throw new IllegalArgumentException("prerequisites form a cycle: " + String.join(" → ", cycle(waiting))
                    + " (each skill requires the next)");
        }
        return levels;
    }

    /**
     * One cycle among the skills Kahn's algorithm could not order. Each of them still waits for a
     * prerequisite that is itself unordered, so following such prerequisites must revisit a skill.
     */
    private List<String> cycle(int[] waiting) {
        int start = 0;
        while (waiting[start] == 0) {
            start++;
        }
        int[] seenAt = new int[skills.length];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int skill = start;
        while (seenAt[skill] < 0) {
            seenAt[skill] = path.size();
            path.add(skill);
            int next = -1;
            for (int p : prerequisites[skill]) {
                if (waiting[p] > 0) {
                    next = p;
                    break;
                }
            }
            skill = next;
        }
        List<String> cycle = new ArrayList<>();
        for (int i = seenAt[skill]; i < path.size(); i++) {
            cycle.add(skills[path.get(i)].key());
        }
        cycle.add(skills[skill].key());
        return Collections.unmodifiableList(cycle);
    }

    /** How many skills. Indexes run from 0 to {@code size() - 1}, in the order the skills were given. */
    public int size() {
        return skills.length;
    }

    /** How many prerequisite edges. */
    public int edgeCount() {
        return edges;
    }

    public Skill skill(int index) {
        return skills[index];
    }

    /** The index of the skill with {@code key}, or -1 when the graph has none. */
    public int indexOf(String key) {
        Integer index = indexByKey.get(key);
        return index == null ? -1 : index;
    }

    /** The skills that skill {@code index} requires. Do not modify the returned array. */
    int[] prerequisites(int index) {
        return prerequisites[index];
    }

    /** The skills that require skill {@code index}. Do not modify the returned array. */
    int[] dependents(int index) {
        return dependents[index];
    }

    /** Keys of the skills that require the skill with {@code key}, in the order the skills were given. */
    public List<String> dependentsOf(String key) {
        int index = indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException("no skill '" + key + "'");
        }
        return Arrays.stream(dependents[index]).mapToObj(i -> skills[i].key()).toList();
    }

    /** The length of the longest chain of prerequisites below skill {@code index}. */
    public int level(int index) {
        return level[index];
    }

    /** Skill indexes in course order (see the class comment). Do not modify the returned array. */
    int[] courseOrder() {
        return courseOrder;
    }

    /** The position of skill {@code index} in the course order. */
    public int rank(int index) {
        return rank[index];
    }

    /** Skill keys in course order. */
    public List<String> keysInCourseOrder() {
        return Arrays.stream(courseOrder).mapToObj(i -> skills[i].key()).toList();
    }
}
