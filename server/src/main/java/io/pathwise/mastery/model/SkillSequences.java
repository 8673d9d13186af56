package io.pathwise.mastery.model;

import java.util.Arrays;

/**
 * The practice of one skill, packed for fitting: each learner's answers on that skill, in the order
 * they were given, one after another in a single byte array ({@code 1} right, {@code 0} wrong),
 * with the offset where each learner's sequence starts. Packed arrays rather than objects because
 * EM walks every answer dozens of times per restart.
 *
 * <p>What counts as an observation is the caller's rule; BKT practice, followed by the evaluation
 * and the learner model, is one observation per first attempt at an item (later attempts were
 * informed by feedback), and an item tagged with several skills gives one observation to each of
 * its skills, so each of those skills' sequences gets the same answer.
 *
 * <p>Instances are immutable; build them with {@link #builder()}.
 */
public final class SkillSequences {

    private final int[] starts;
    private final byte[] correct;

    private SkillSequences(int[] starts, byte[] correct) {
        this.starts = starts;
        this.correct = correct;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of learners, i.e. of (non-empty) sequences. */
    public int learners() {
        return starts.length - 1;
    }

    /** Number of answers over all learners. */
    public int observations() {
        return starts[starts.length - 1];
    }

    /** The answers of learner {@code index} (0-based, in the order added), as booleans. */
    public boolean[] sequence(int index) {
        boolean[] out = new boolean[starts[index + 1] - starts[index]];
        for (int i = 0; i < out.length; i++) {
            out[i] = correct[starts[index] + i] == 1;
        }
        return out;
    }

    /** Offsets of the sequences plus the end; shared, not copied, for the E-step. */
    int[] starts() {
        return starts;
    }

    /** All answers, sequence after sequence; shared, not copied, for the E-step. */
    byte[] answers() {
        return correct;
    }

    /**
     * Collects sequences: call {@link #startLearner()} before each learner's first answer, then
     * {@link #add(boolean)} for each answer in order. A learner started but given no answer adds
     * no sequence.
     */
    public static final class Builder {

        private int[] starts = new int[16];
        private byte[] correct = new byte[64];
        private int sequences;
        private int size;

        private Builder() {
        }

        public Builder startLearner() {
            if (sequences > 0 && starts[sequences - 1] == size) {
                return this; // the previous learner gave no answer: reuse the empty sequence
            }
            if (sequences + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[sequences++] = size;
            return this;
        }

        public Builder add(boolean right) {
            if (sequences == 0) {
                throw new IllegalStateException("startLearner() before the first answer");
            }
            if (size == correct.length) {
                if (size >= Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("too many answers for one skill");
                }
                correct = Arrays.copyOf(correct, (int) Math.min(Integer.MAX_VALUE - 8L, size * 2L));
            }
            correct[size++] = (byte) (right ? 1 : 0);
            return this;
        }

        public int observations() {
            return size;
        }

        public SkillSequences build() {
            int count = sequences > 0 && starts[sequences - 1] == size ? sequences - 1 : sequences;
            int[] offsets = Arrays.copyOf(starts, count + 1);
            offsets[count] = size;
            return new SkillSequences(offsets, Arrays.copyOf(correct, size));
        }
    }
}
