package io.pathwise.pathways.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** When a rule holds: every condition against what is known of the learner. */
class RuleTest {

    /** A learner as a test states them; skills not named are unseen at 0.3. */
    private record Learner(Map<String, Double> known, Map<String, Integer> answers, Map<String, double[]> scores,
            Long days) implements LearnerFacts {

        @Override
        public double known(String skillKey) {
            return known.getOrDefault(skillKey, 0.3);
        }

        @Override
        public int answers(String skillKey) {
            return answers.getOrDefault(skillKey, 0);
        }

        @Override
        public OptionalDouble score(String quizKey, Condition.Attempt which) {
            double[] bestAndLatest = scores.get(quizKey);
            return bestAndLatest == null ? OptionalDouble.empty()
                    : OptionalDouble.of(bestAndLatest[which == Condition.Attempt.BEST ? 0 : 1]);
        }

        @Override
        public OptionalLong daysSinceStart() {
            return days == null ? OptionalLong.empty() : OptionalLong.of(days);
        }
    }

    private static final Condition STRUGGLING = new Condition.Mastery("adding", new Comparison(null, 0.4), 3);
    private static final Condition FAILED_LAST_QUIZ = new Condition.Score("quiz", Condition.Attempt.LATEST,
            new Comparison(null, 0.5));
    private static final Condition AFTER_A_WEEK = new Condition.Time(new Comparison(7.0, null));

    @Test
    void holdsOnlyWhenEveryConditionHolds() {
        Rule rule = new Rule("struggling", List.of(STRUGGLING, FAILED_LAST_QUIZ, AFTER_A_WEEK),
                List.of(new Action.Alert("{learner} is struggling")));

        assertThat(rule.holds(new Learner(Map.of("adding", 0.2), Map.of("adding", 4), Map.of("quiz", new double[] {0.8, 0.3}),
                8L))).isTrue();
        assertThat(rule.holds(new Learner(Map.of("adding", 0.2), Map.of("adding", 4), Map.of("quiz", new double[] {0.8, 0.3}),
                6L))).as("before a week").isFalse();
        assertThat(rule.holds(new Learner(Map.of("adding", 0.4), Map.of("adding", 4), Map.of("quiz", new double[] {0.8, 0.3}),
                8L))).as("mastery at the bound is not below it").isFalse();
    }

    @Test
    void aMasteryConditionWithMinimumAnswersIgnoresAnUnseenSkillAtItsPrior() {
        Learner unseen = new Learner(Map.of(), Map.of(), Map.of(), null);
        Learner threeWrong = new Learner(Map.of("adding", 0.12), Map.of("adding", 3), Map.of(), null);

        assertThat(STRUGGLING.holds(unseen)).isFalse();
        assertThat(new Condition.Mastery("adding", new Comparison(null, 0.4), 0).holds(unseen)).isTrue();
        assertThat(STRUGGLING.holds(threeWrong)).isTrue();
    }

    @Test
    void aScoreConditionReadsTheBestOrTheLatestAttemptAndNeverHoldsBeforeOne() {
        Learner improved = new Learner(Map.of(), Map.of(), Map.of("quiz", new double[] {0.9, 0.9}), null);
        Learner slipped = new Learner(Map.of(), Map.of(), Map.of("quiz", new double[] {0.9, 0.4}), null);
        Condition bestBelowHalf = new Condition.Score("quiz", Condition.Attempt.BEST, new Comparison(null, 0.5));

        assertThat(FAILED_LAST_QUIZ.holds(slipped)).isTrue();
        assertThat(bestBelowHalf.holds(slipped)).isFalse();
        assertThat(FAILED_LAST_QUIZ.holds(improved)).isFalse();
        assertThat(FAILED_LAST_QUIZ.holds(new Learner(Map.of(), Map.of(), Map.of(), null))).isFalse();
    }

    @Test
    void aTimeConditionNeedsAKnownStartAndReadsABand() {
        Condition firstWeek = new Condition.Time(new Comparison(0.0, 7.0));

        assertThat(firstWeek.holds(new Learner(Map.of(), Map.of(), Map.of(), 0L))).isTrue();
        assertThat(firstWeek.holds(new Learner(Map.of(), Map.of(), Map.of(), 7L))).isFalse();
        assertThat(AFTER_A_WEEK.holds(new Learner(Map.of(), Map.of(), Map.of(), null))).isFalse();
    }

    @Test
    void anAlertNamesTheLearnerAndStaysWithinItsColumn() {
        assertThat(new Action.Alert("{learner} is struggling; tell {learner}").render("Ada"))
                .isEqualTo("Ada is struggling; tell Ada");
        assertThat(new Action.Alert("{learner}".repeat(100)).render("x".repeat(200))).hasSize(Action.Alert.MAX_RENDERED);
    }
}
