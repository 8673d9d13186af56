package io.pathwise.pathways.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The next best activities for one learner in one course, each with a reason. Pure and
 * deterministic: the same course and learner state always give the same list. Thread-safe; one
 * instance serves every learner.
 *
 * <p>The rules, in order:
 * <ol>
 * <li><b>Ready skills.</b> A skill is mastered when its P(known) reaches the policy's threshold,
 *     and ready when it is not mastered but all its prerequisites are. Only ready skills are
 *     learned, one recommendation per skill; an activity is eligible when each of its skills is
 *     mastered or ready (nothing locked slips in through a multi-skill activity).</li>
 * <li><b>Difficulty.</b> Among a skill's eligible activities the one whose expected success
 *     ({@link SuccessModel}) lies in the band and is closest to its target is chosen; failing
 *     that, the one closest to the target; ties to the easier, then by key.</li>
 * <li><b>Signals.</b> When the skill's recent answers show rapid guessing or heavy hint use, a
 *     worked example is recommended instead (else an easier step); after a run of wrong answers,
 *     an easier step (else a worked example). Without such activities, an ordinary activity easier
 *     than the band's choice stands in as the easier step; without one, the easiest activity stays
 *     and the reason still names the signal.</li>
 * <li><b>Order.</b> Skills with a signal first (the learner is stuck now); then skills already
 *     started, closest to mastery first; then new skills, deepest first (a higher
 *     {@link SkillGraph#level(int) level} continues a longer path the learner has mastered, while
 *     level 0 starts a new one). The course order ({@link SkillGraph#rank(int)}: level, then key)
 *     breaks all remaining ties.</li>
 * <li><b>Reviews.</b> Due reviews, least remembered first, are interleaved: one after every
 *     {@code learnBetweenReviews} other recommendations (third, sixth, ... by default), and all of
 *     them when nothing else is left. A review's activity is chosen like a learning one, with
 *     P(known) scaled by the retrievability: recall needs the skill both learned and not forgotten.
 *     A due review of a skill that is ready again (its P(known) fell below the threshold) is
 *     learned instead, not listed twice.</li>
 * </ol>
 */
public final class Recommender {

    private final RecommendationPolicy policy;
    private final Reasons reasons;

    public Recommender(RecommendationPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.reasons = new Reasons(policy.signals());
    }

    /** The ranked recommendations for {@code learner} in {@code course}, at most the policy's maximum. */
    public List<Recommendation> recommend(Course course, LearnerState learner) {
        SkillGraph graph = course.graph();
        int n = graph.size();
        SkillState[] states = new SkillState[n];
        boolean[] mastered = new boolean[n];
        for (int s = 0; s < n; s++) {
            states[s] = learner.skill(graph.skill(s).key());
            mastered[s] = states[s].known() >= policy.masteryThreshold();
        }
        boolean[] ready = new boolean[n];
        for (int s = 0; s < n; s++) {
            ready[s] = !mastered[s] && allMastered(graph.prerequisites(s), mastered);
        }
        Selection selection = new Selection(course, states, mastered, ready);
        List<Pick> learning = new ArrayList<>();
        for (int s : graph.courseOrder()) {
            if (ready[s]) {
                Pick pick = selection.forLearning(s);
                if (pick != null) {
                    learning.add(pick);
                }
            }
        }
        learning.sort((a, b) -> compareLearning(a, b, states, graph));
        List<Pick> reviews = reviews(learner, graph, selection, ready);
        return interleave(learning, reviews, course, states);
    }

    /** Signals first; then started skills, closest to mastery first; then new ones, deepest first. */
    private static int compareLearning(Pick a, Pick b, SkillState[] states, SkillGraph graph) {
        int bySignal = Boolean.compare(a.signals().isEmpty(), b.signals().isEmpty());
        if (bySignal != 0) {
            return bySignal;
        }
        boolean aStarted = !states[a.skill()].recentAnswers().isEmpty();
        boolean bStarted = !states[b.skill()].recentAnswers().isEmpty();
        if (aStarted != bStarted) {
            return aStarted ? -1 : 1;
        }
        int byProgress = aStarted ? Double.compare(states[b.skill()].known(), states[a.skill()].known())
                : Integer.compare(graph.level(b.skill()), graph.level(a.skill()));
        if (byProgress != 0) {
            return byProgress;
        }
        return Integer.compare(graph.rank(a.skill()), graph.rank(b.skill()));
    }

    private List<Pick> reviews(LearnerState learner, SkillGraph graph, Selection selection, boolean[] ready) {
        List<DueReview> due = new ArrayList<>(learner.dueReviews());
        due.removeIf(review -> {
            int s = graph.indexOf(review.skill());
            return s < 0 || ready[s];
        });
        due.sort(Comparator.comparingDouble(DueReview::retrievability)
                .thenComparingInt(review -> graph.rank(graph.indexOf(review.skill()))));
        List<Pick> picks = new ArrayList<>();
        boolean[] listed = new boolean[graph.size()];
        for (DueReview review : due) {
            if (picks.size() == policy.maxRecommendations()) {
                break; // no more reviews than that can be shown, and a learner may have hundreds due
            }
            int s = graph.indexOf(review.skill());
            if (listed[s]) {
                continue;
            }
            listed[s] = true;
            Pick pick = selection.forReview(s, review.retrievability());
            if (pick != null) {
                picks.add(pick);
            }
        }
        return picks;
    }

    private List<Recommendation> interleave(List<Pick> learning, List<Pick> reviews, Course course,
            SkillState[] states) {
        List<Recommendation> out = new ArrayList<>(policy.maxRecommendations());
        int l = 0;
        int r = 0;
        int sinceReview = 0;
        while (out.size() < policy.maxRecommendations() && (l < learning.size() || r < reviews.size())) {
            boolean reviewNow = r < reviews.size()
                    && (l == learning.size() || sinceReview >= policy.learnBetweenReviews());
            if (reviewNow) {
                out.add(recommendation(reviews.get(r++), course, states));
                sinceReview = 0;
            } else {
                out.add(recommendation(learning.get(l++), course, states));
                sinceReview++;
            }
        }
        return List.copyOf(out);
    }

    /** Turns a pick into a recommendation; reasons are written only for what is shown. */
    private Recommendation recommendation(Pick pick, Course course, SkillState[] states) {
        SkillGraph graph = course.graph();
        Activity activity = course.activity(pick.activity());
        String skill = graph.skill(pick.skill()).name();
        List<Answer> answers = states[pick.skill()].recentAnswers();
        String reason;
        if (pick.kind() == RecommendationKind.REVIEW) {
            reason = reasons.review(skill, pick.retrievability());
        } else if (!pick.signals().isEmpty()) {
            reason = reasons.support(skill, pick.signals(), answers, pick.kind());
        } else {
            List<String> prerequisites = new ArrayList<>();
            for (int p : graph.prerequisites(pick.skill())) {
                prerequisites.add(graph.skill(p).name());
            }
            reason = reasons.learn(skill, prerequisites, answers);
        }
        return new Recommendation(pick.kind(), activity, graph.skill(pick.skill()).key(), pick.expectedSuccess(),
                pick.signals(), reason);
    }

    private static boolean allMastered(int[] skills, boolean[] mastered) {
        for (int s : skills) {
            if (!mastered[s]) {
                return false;
            }
        }
        return true;
    }

    /** A chosen activity for a skill, before its reason is written. */
    record Pick(RecommendationKind kind, int skill, int activity, double expectedSuccess, Set<Signal> signals,
            double retrievability) {
    }

    /** Chooses activities for one learner: the difficulty rule and the signal rule. */
    private final class Selection {

        private final Course course;
        private final SkillState[] states;
        private final boolean[] mastered;
        private final boolean[] ready;

        Selection(Course course, SkillState[] states, boolean[] mastered, boolean[] ready) {
            this.course = course;
            this.states = states;
            this.mastered = mastered;
            this.ready = ready;
        }

        /** The learning pick for ready skill {@code s}, or null when it has no eligible activity. */
        Pick forLearning(int s) {
            Set<Signal> signals = policy.signals().detect(states[s].recentAnswers());
            Choice band = best(course.activitiesOf(s, Support.NONE), s, 1, Integer.MAX_VALUE);
            if (signals.isEmpty()) {
                return band == null ? null
                        : new Pick(RecommendationKind.LEARN, s, band.activity, band.success, signals, 1);
            }
            boolean workedFirst = signals.contains(Signal.RAPID_GUESSING) || signals.contains(Signal.HEAVY_HINT_USE);
            Support first = workedFirst ? Support.WORKED_EXAMPLE : Support.EASIER_STEP;
            Support second = workedFirst ? Support.EASIER_STEP : Support.WORKED_EXAMPLE;
            for (Support support : new Support[] {first, second}) {
                Choice help = best(course.activitiesOf(s, support), s, 1, Integer.MAX_VALUE);
                if (help != null) {
                    return new Pick(kindOf(support), s, help.activity, help.success, signals, 1);
                }
            }
            if (band == null) {
                return null;
            }
            int bandDifficulty = course.activity(band.activity).difficulty();
            Choice easier = best(course.activitiesOf(s, Support.NONE), s, 1, bandDifficulty - 1);
            if (easier != null) {
                return new Pick(RecommendationKind.EASIER_STEP, s, easier.activity, easier.success, signals, 1);
            }
            return new Pick(RecommendationKind.LEARN, s, band.activity, band.success, signals, 1);
        }

        /** The review pick for skill {@code s}, or null when it has no eligible ordinary activity. */
        Pick forReview(int s, double retrievability) {
            Choice choice = best(course.activitiesOf(s, Support.NONE), s, retrievability, Integer.MAX_VALUE);
            return choice == null ? null
                    : new Pick(RecommendationKind.REVIEW, s, choice.activity, choice.success, Set.of(), retrievability);
        }

        /**
         * The eligible activity among {@code candidates} (easiest first) up to {@code maxDifficulty}
         * that best fits the band, or null when there is none. {@code recall} scales P(known) of
         * skill {@code s}.
         */
        private Choice best(int[] candidates, int s, double recall, int maxDifficulty) {
            SuccessBand band = policy.band();
            Choice best = null;
            for (int a : candidates) {
                Activity activity = course.activity(a);
                if (activity.difficulty() > maxDifficulty) {
                    break;
                }
                if (!eligible(a)) {
                    continue;
                }
                double success = expectedSuccess(a, s, recall);
                Choice choice = new Choice(a, success, band.contains(success), Math.abs(success - band.target()));
                if (best == null || choice.beats(best)) {
                    best = choice;
                }
            }
            return best;
        }

        private boolean eligible(int activity) {
            for (int skill : course.skillsOf(activity)) {
                if (!mastered[skill] && !ready[skill]) {
                    return false;
                }
            }
            return true;
        }

        /** The lowest expected success over the activity's skills: the weakest skill decides. */
        private double expectedSuccess(int activity, int s, double recall) {
            int difficulty = course.activity(activity).difficulty();
            double lowest = 1;
            for (int skill : course.skillsOf(activity)) {
                SkillState state = states[skill];
                double known = skill == s ? state.known() * recall : state.known();
                double success = policy.successModel().expected(known, state.guess(), state.slip(), difficulty);
                lowest = Math.min(lowest, success);
            }
            return lowest;
        }
    }

    /**
     * A candidate activity and how it fits the band. Candidates arrive easiest first, then by key,
     * so keeping the earlier on a tie prefers the easier one.
     */
    private record Choice(int activity, double success, boolean inBand, double distance) {

        boolean beats(Choice other) {
            if (inBand != other.inBand) {
                return inBand;
            }
            return distance < other.distance;
        }
    }

    private static RecommendationKind kindOf(Support support) {
        return support == Support.WORKED_EXAMPLE ? RecommendationKind.WORKED_EXAMPLE : RecommendationKind.EASIER_STEP;
    }
}
