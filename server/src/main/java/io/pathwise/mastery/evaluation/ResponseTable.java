package io.pathwise.mastery.evaluation;

import io.pathwise.mastery.model.SkillSequences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Responses read from a file, as columns of primitives (half a million rows take a few
 * megabytes): per row the learner and skill as indexes into name lists, the order value and
 * whether the answer was right. Rows keep the file's order; {@link #rowsByLearner()} gives them
 * per learner in answer order. Immutable once built.
 */
public final class ResponseTable {

    private final String source;
    private final int size;
    private final int[] learner;
    private final long[] order;
    private final int[] skill;
    private final byte[] correct;
    private final List<String> learnerNames;
    private final List<String> skillNames;
    private final int[] byLearner;

    private ResponseTable(Builder b) {
        this.source = b.source;
        this.size = b.size;
        this.learner = Arrays.copyOf(b.learner, size);
        this.order = Arrays.copyOf(b.order, size);
        this.skill = Arrays.copyOf(b.skill, size);
        this.correct = Arrays.copyOf(b.correct, size);
        this.learnerNames = List.copyOf(b.learnerNames);
        this.skillNames = List.copyOf(b.skillNames);
        this.byLearner = RowOrder.byLearnerThenOrder(learner, order, learnerNames.size());
    }

    static Builder builder(String source) {
        return new Builder(source);
    }

    /** Where the rows came from (a file name), for messages. */
    public String source() {
        return source;
    }

    public int size() {
        return size;
    }

    public int learners() {
        return learnerNames.size();
    }

    public int skills() {
        return skillNames.size();
    }

    public String learnerName(int index) {
        return learnerNames.get(index);
    }

    public String skillName(int index) {
        return skillNames.get(index);
    }

    public int learner(int row) {
        return learner[row];
    }

    public long order(int row) {
        return order[row];
    }

    public int skill(int row) {
        return skill[row];
    }

    public boolean correct(int row) {
        return correct[row] == 1;
    }

    /**
     * Row numbers grouped by learner (learners in order of first appearance), each learner's rows
     * by order value, equal order values in file order. Shared, not copied: do not modify.
     */
    int[] rowsByLearner() {
        return byLearner;
    }

    /**
     * Each skill's answers as sequences, one per learner with {@code included[learner]}, for
     * fitting. Skills are keyed by name, in order of first appearance; a skill none of the
     * included learners practised is left out.
     */
    public Map<String, SkillSequences> sequencesBySkill(boolean[] included) {
        SkillSequences.Builder[] builders = new SkillSequences.Builder[skills()];
        int[] lastLearner = new int[skills()];
        Arrays.fill(lastLearner, -1);
        for (int row : byLearner) {
            int who = learner[row];
            if (!included[who]) {
                continue;
            }
            int what = skill[row];
            if (builders[what] == null) {
                builders[what] = SkillSequences.builder();
            }
            if (lastLearner[what] != who) {
                builders[what].startLearner();
                lastLearner[what] = who;
            }
            builders[what].add(correct[row] == 1);
        }
        Map<String, SkillSequences> out = new LinkedHashMap<>();
        for (int s = 0; s < builders.length; s++) {
            if (builders[s] != null) {
                out.put(skillNames.get(s), builders[s].build());
            }
        }
        return out;
    }

    /** Every learner included. */
    public boolean[] allLearners() {
        boolean[] all = new boolean[learners()];
        Arrays.fill(all, true);
        return all;
    }

    /** Collects rows; learner and skill names become indexes in order of first appearance. */
    static final class Builder {

        private final String source;
        private final Map<String, Integer> learnerIndex = new HashMap<>();
        private final Map<String, Integer> skillIndex = new HashMap<>();
        private final List<String> learnerNames = new ArrayList<>();
        private final List<String> skillNames = new ArrayList<>();
        private int[] learner = new int[1024];
        private long[] order = new long[1024];
        private int[] skill = new int[1024];
        private byte[] correct = new byte[1024];
        private int size;
        private String lastLearnerName;
        private int lastLearner = -1;

        private Builder(String source) {
            this.source = source;
        }

        Builder add(String learnerName, long orderValue, String skillName, boolean right) {
            if (size == learner.length) {
                if (size >= Integer.MAX_VALUE / 2) {
                    throw new IllegalStateException(source + ": more than " + size + " rows");
                }
                learner = Arrays.copyOf(learner, size * 2);
                order = Arrays.copyOf(order, size * 2);
                skill = Arrays.copyOf(skill, size * 2);
                correct = Arrays.copyOf(correct, size * 2);
            }
            // Files list a learner's rows together, so most rows repeat the previous learner.
            if (!learnerName.equals(lastLearnerName)) {
                lastLearner = index(learnerName, learnerIndex, learnerNames);
                lastLearnerName = learnerName;
            }
            learner[size] = lastLearner;
            order[size] = orderValue;
            skill[size] = index(skillName, skillIndex, skillNames);
            correct[size] = (byte) (right ? 1 : 0);
            size++;
            return this;
        }

        int size() {
            return size;
        }

        ResponseTable build() {
            return new ResponseTable(this);
        }

        private static int index(String name, Map<String, Integer> indexes, List<String> names) {
            Integer known = indexes.get(name);
            if (known != null) {
                return known;
            }
            indexes.put(name, names.size());
            names.add(name);
            return names.size() - 1;
        }
    }
}
