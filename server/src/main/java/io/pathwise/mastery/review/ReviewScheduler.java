package io.pathwise.mastery.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a mastered skill is due for review: FSRS-5 (the Free Spaced Repetition Scheduler of Ye et
 * al., the scheduler Anki ships), without its same-day formula. Chosen over half-life regression
 * (Settles &amp; Meeder, 2016) because it keeps a per-learner difficulty that failures raise, comes
 * with published default weights fitted on many learners' reviews, and needs only the grade and the
 * time of each review. Pure and deterministic: no clock, no randomness (FSRS's interval fuzz is
 * left out), one state in and one state out.
 *
 * <p>The model (t: days since the last review; G: grade 1..4; w0..w16: {@link FsrsWeights}):
 * <ul>
 * <li>Retrievability, the probability of recall: R(t, S) = (1 + F·t/S)^C with C = -0.5 and
 *     F = 0.9^(1/C) - 1 = 19/81, so that R(S, S) = 0.9.</li>
 * <li>Interval for a target retention r: I(r, S) = S/F · (r^(1/C) - 1); I(0.9, S) = S. Rounded to
 *     whole days, at least 1, at most the maximum interval.</li>
 * <li>First review: S0(G) = w[G-1]; D0(G) = w4 - e^(w5·(G-1)) + 1, clamped to [1, 10].</li>
 * <li>Difficulty after a review: D' = D - w6·(G-3)·(10-D)/9 (linear damping), then mean reversion
 *     D'' = w7·D0(4) + (1-w7)·D', clamped to [1, 10].</li>
 * <li>Stability after a recall (G ≥ 2): S'r = S·(1 + e^w8·(11-D)·S^(-w9)·(e^(w10·(1-R)) - 1)
 *     ·(w15 if G = 2)·(w16 if G = 4)).</li>
 * <li>Stability after a lapse (G = 1): S'f = min(S, w11·D^(-w12)·((S+1)^w13 - 1)·e^(w14·(1-R))).</li>
 * </ul>
 * Stability and difficulty of a review are computed from the state before it. Stability is kept
 * within [0.01, 36500] days.
 *
 * <p>FSRS-5's same-day formula (w17, w18) is left out on purpose: Anki sees a card a few times a
 * day, but a Pathwise learner may answer ten questions on a skill in one sitting, and that formula
 * would grow stability by about 40% per right answer. Without it, the recall formula above already
 * encodes the spacing effect: a review at R = 1 (just after the last) leaves stability unchanged,
 * so massed practice does not postpone the next review, while a lapse still shortens it.
 *
 * <p>Thread-safe (immutable).
 */
public final class ReviewScheduler {

    /** The share of reviews expected to be recalled when they fall due: FSRS's usual 90%. */
    public static final double DEFAULT_TARGET_RETENTION = 0.9;

    /**
     * The longest interval: a course runs for months, so a skill left unreviewed for a year is due
     * whatever its stability says.
     */
    public static final Duration DEFAULT_MAXIMUM_INTERVAL = Duration.ofDays(365);

    private static final double DECAY = -0.5;
    private static final double FACTOR = Math.pow(0.9, 1 / DECAY) - 1;
    private static final double MIN_STABILITY = 0.01;
    private static final double MAX_STABILITY = 36500;
    private static final double SECONDS_PER_DAY = 86_400;

    private final FsrsWeights weights;
    private final double targetRetention;
    private final long maximumIntervalDays;

    /** FSRS-5's default weights, 90% target retention, intervals of at most a year. */
    public ReviewScheduler() {
        this(FsrsWeights.FSRS_5_DEFAULTS, DEFAULT_TARGET_RETENTION, DEFAULT_MAXIMUM_INTERVAL);
    }

    /**
     * @param weights         FSRS-5 weights, the defaults or fitted ones
     * @param targetRetention the probability of recall at which a skill falls due, strictly between
     *                        0 and 1: higher means more frequent reviews
     * @param maximumInterval the longest time between two reviews, at least one day
     */
    public ReviewScheduler(FsrsWeights weights, double targetRetention, Duration maximumInterval) {
        this.weights = Objects.requireNonNull(weights, "weights");
        if (!(targetRetention > 0 && targetRetention < 1)) {
            throw new IllegalArgumentException("targetRetention must be between 0 and 1 (exclusive), was "
                    + targetRetention);
        }
        if (maximumInterval.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("maximumInterval must be at least one day, was " + maximumInterval);
        }
        this.targetRetention = targetRetention;
        this.maximumIntervalDays = maximumInterval.toDays();
    }

    public double targetRetention() {
        return targetRetention;
    }

    /**
     * The first review of a skill, typically the answer with which the learner mastered it
     * ({@link Grade#GOOD}).
     */
    public ReviewState start(Grade grade, Instant at) {
        double stability = clampStability(w(grade.value() - 1));
        double difficulty = clampDifficulty(initialDifficulty(grade.value()));
        return new ReviewState(stability, difficulty, at, at.plus(interval(stability)), 1,
                grade == Grade.AGAIN ? 1 : 0);
    }

    /**
     * The state after one more review at {@code at}. A review older than the last one (evidence
     * that arrived late) counts as if it came at the same time as the last: no time elapsed, and
     * the last review time stays the later one.
     */
    public ReviewState review(ReviewState state, Grade grade, Instant at) {
        Instant reviewed = at.isBefore(state.lastReview()) ? state.lastReview() : at;
        double recall = retrievability(state, reviewed);
        double s = state.stability();
        double d = state.difficulty();
        double stability = grade == Grade.AGAIN ? Math.min(s, forgetStability(d, s, recall))
                : recallStability(d, s, recall, grade);
        stability = clampStability(stability);
        double difficulty = nextDifficulty(d, grade.value());
        return new ReviewState(stability, difficulty, reviewed, reviewed.plus(interval(stability)),
                state.reviews() + 1, state.lapses() + (grade == Grade.AGAIN ? 1 : 0));
    }

    /** {@link #review(ReviewState, Grade, Instant)} with a right answer as GOOD, a wrong one as AGAIN. */
    public ReviewState review(ReviewState state, boolean correct, Instant at) {
        return review(state, Grade.of(correct), at);
    }

    /** The probability that the learner recalls the skill at {@code at}: 1 at the last review, falling after. */
    public double retrievability(ReviewState state, Instant at) {
        double days = Math.max(0, Duration.between(state.lastReview(), at).toMillis() / 1000.0 / SECONDS_PER_DAY);
        return Math.pow(1 + FACTOR * days / state.stability(), DECAY);
    }

    /**
     * The skills due for review at {@code now}, least likely to be recalled first, ties by key.
     *
     * @param states the review state of each skill (by any comparable key)
     */
    public <K extends Comparable<? super K>> List<Due<K>> due(Map<K, ReviewState> states, Instant now) {
        List<Due<K>> due = new ArrayList<>();
        states.forEach((key, state) -> {
            if (state.isDue(now)) {
                due.add(new Due<>(key, state, retrievability(state, now)));
            }
        });
        due.sort(Comparator.<Due<K>>comparingDouble(Due::retrievability).thenComparing(Due::key));
        return due;
    }

    /** A skill due for review, with its probability of recall at the time asked. */
    public record Due<K>(K key, ReviewState state, double retrievability) {
    }

    /** Whole days until recall falls to the target retention: at least 1, at most the maximum. */
    Duration interval(double stability) {
        double days = stability / FACTOR * (Math.pow(targetRetention, 1 / DECAY) - 1);
        long whole = Math.max(1, Math.min(maximumIntervalDays, Math.round(days)));
        return Duration.ofDays(whole);
    }

    private double initialDifficulty(int grade) {
        return w(4) - Math.exp(w(5) * (grade - 1)) + 1;
    }

    private double nextDifficulty(double difficulty, int grade) {
        double damped = difficulty - w(6) * (grade - 3) * (10 - difficulty) / 9;
        double reverted = w(7) * clampDifficulty(initialDifficulty(4)) + (1 - w(7)) * damped;
        return clampDifficulty(reverted);
    }

    private double recallStability(double difficulty, double stability, double recall, Grade grade) {
        double hard = grade == Grade.HARD ? w(15) : 1;
        double easy = grade == Grade.EASY ? w(16) : 1;
        double growth = Math.exp(w(8)) * (11 - difficulty) * Math.pow(stability, -w(9))
                * (Math.exp(w(10) * (1 - recall)) - 1) * hard * easy;
        return stability * (1 + growth);
    }

    private double forgetStability(double difficulty, double stability, double recall) {
        return w(11) * Math.pow(difficulty, -w(12)) * (Math.pow(stability + 1, w(13)) - 1)
                * Math.exp(w(14) * (1 - recall));
    }

    private double w(int i) {
        return weights.w(i);
    }

    private static double clampStability(double stability) {
        return Math.max(MIN_STABILITY, Math.min(MAX_STABILITY, stability));
    }

    private static double clampDifficulty(double difficulty) {
        return Math.max(1, Math.min(10, difficulty));
    }
}
