package io.pathwise.pathways.rules;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/** What rule conditions read about one learner in one course, at the moment they are evaluated. */
public interface LearnerFacts {

    /** P(known) of the skill; an unseen skill's prior. */
    double known(String skillKey);

    /** How many answers on the skill counted as evidence. */
    int answers(String skillKey);

    /** The learner's best or latest scaled score (0 to 1) at the quiz; empty before a graded attempt. */
    OptionalDouble score(String quizKey, Condition.Attempt which);

    /** Whole days since the learner's first evidence in the course; empty when none is known yet. */
    OptionalLong daysSinceStart();
}
