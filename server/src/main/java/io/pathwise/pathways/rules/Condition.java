package io.pathwise.pathways.rules;

/** One condition of a rule's {@code when}; a rule holds when all of its conditions do. */
public sealed interface Condition permits Condition.Mastery, Condition.Score, Condition.Time {

    boolean holds(LearnerFacts facts);

    /** Which of a learner's graded attempts at a quiz a score condition reads. */
    enum Attempt {
        BEST, LATEST
    }

    /**
     * The learner's mastery of a skill is within the bounds, and (when {@code minAnswers} is above
     * zero) rests on at least that many answers: an unseen skill sits at its prior.
     */
    record Mastery(String skill, Comparison known, int minAnswers) implements Condition {
        @Override
        public boolean holds(LearnerFacts facts) {
            return facts.answers(skill) >= minAnswers && known.holds(facts.known(skill));
        }
    }

    /** The learner's best or latest score at a quiz is within the bounds; false before any graded attempt. */
    record Score(String quiz, Attempt attempt, Comparison scaled) implements Condition {
        @Override
        public boolean holds(LearnerFacts facts) {
            var score = facts.score(quiz, attempt);
            return score.isPresent() && scaled.holds(score.getAsDouble());
        }
    }

    /** Whole days since the learner's first evidence in the course are within the bounds. */
    record Time(Comparison days) implements Condition {
        @Override
        public boolean holds(LearnerFacts facts) {
            var elapsed = facts.daysSinceStart();
            return elapsed.isPresent() && days.holds(elapsed.getAsLong());
        }
    }
}
