package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * When each learner of a burst submits, and who retries how: decided before the burst, from a
 * seed, so the load is open-loop (send times do not depend on how fast the server answers).
 * Send times are drawn uniformly at random over the burst, as independent learners pressing
 * "submit" near the end of an exam would. A share of the learners retry their submission one to
 * {@code maxRetries} times with the same idempotency key, each retry either
 * <ul>
 * <li><b>early</b>: 0-20 ms after the first send, while the first is (usually) still in flight,
 *     as a double tap or an impatient client timeout does, or</li>
 * <li><b>late</b>: 0-200 ms after the first reply arrived, as a client that lost the reply (a
 *     dropped connection, an app restarted) does.</li>
 * </ul>
 */
final class BurstPlan {

    enum Kind { FIRST, EARLY_RETRY, LATE_RETRY }

    static final long EARLY_WINDOW_NANOS = 20_000_000L;
    static final long LATE_WINDOW_NANOS = 200_000_000L;

    /** A retry: its kind and its delay (after the first send, or after the first reply). */
    record Retry(Kind kind, long delayNanos) {
    }

    /** One learner's part: when the first submission goes out (after the burst start), and the retries. */
    record Send(long offsetNanos, List<Retry> retries) {
    }

    private final List<Send> sends;
    private final long lengthNanos;

    private BurstPlan(List<Send> sends, long lengthNanos) {
        this.sends = sends;
        this.lengthNanos = lengthNanos;
    }

    static BurstPlan draw(int learners, double seconds, double retryShare, int maxRetries, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long length = (long) (seconds * 1e9);
        // Exactly round(share × learners) retrying learners, chosen at random.
        int retrying = (int) Math.round(retryShare * learners);
        boolean[] retries = new boolean[learners];
        int[] order = new int[learners];
        for (int i = 0; i < learners; i++) {
            order[i] = i;
        }
        for (int i = learners - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < retrying; i++) {
            retries[order[i]] = true;
        }
        List<Send> sends = new ArrayList<>(learners);
        for (int i = 0; i < learners; i++) {
            long offset = (long) (random.nextDouble() * length);
            List<Retry> planned = new ArrayList<>();
            if (retries[i]) {
                int count = 1 + random.nextInt(maxRetries);
                for (int r = 0; r < count; r++) {
                    planned.add(random.nextBoolean()
                            ? new Retry(Kind.EARLY_RETRY, (long) (random.nextDouble() * EARLY_WINDOW_NANOS))
                            : new Retry(Kind.LATE_RETRY, (long) (random.nextDouble() * LATE_WINDOW_NANOS)));
                }
            }
            sends.add(new Send(offset, List.copyOf(planned)));
        }
        return new BurstPlan(List.copyOf(sends), length);
    }

    List<Send> sends() {
        return sends;
    }

    long lengthNanos() {
        return lengthNanos;
    }

    int requests() {
        return sends.stream().mapToInt(s -> 1 + s.retries().size()).sum();
    }

    long count(Kind kind) {
        return sends.stream().flatMap(s -> s.retries().stream()).filter(r -> r.kind() == kind).count();
    }

    /** The shape every burst of these options has (the counts vary per burst with its seed). */
    static String describeShape(int learners, double seconds, double retryShare, int maxRetries) {
        return String.format(Locale.ROOT, "%d first submissions at uniformly random times over %.1f s (%.1f/s offered); "
                        + "%d learners (%.0f %%) retry 1 to %d times with the same key and bytes, each retry early (0-%d ms "
                        + "after the first send) or late (0-%d ms after the first reply), half and half",
                learners, seconds, learners / seconds, Math.round(retryShare * learners), retryShare * 100, maxRetries,
                EARLY_WINDOW_NANOS / 1_000_000, LATE_WINDOW_NANOS / 1_000_000);
    }

    String describe() {
        long retryingLearners = sends.stream().filter(s -> !s.retries().isEmpty()).count();
        return String.format(Locale.ROOT, "%d first submissions at uniformly random times over %.1f s (%.1f/s offered), "
                        + "%d learners (%.0f %%) retrying with the same key: %d early retries (0-%d ms after the first send), "
                        + "%d late retries (0-%d ms after the first reply); %d requests in all",
                sends.size(), lengthNanos / 1e9, sends.size() / (lengthNanos / 1e9), retryingLearners,
                100.0 * retryingLearners / Math.max(1, sends.size()), count(Kind.EARLY_RETRY), EARLY_WINDOW_NANOS / 1_000_000,
                count(Kind.LATE_RETRY), LATE_WINDOW_NANOS / 1_000_000, requests());
    }
}
