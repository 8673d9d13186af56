package io.pathwise.pathways.rules;

import java.util.List;

/**
 * An instructor's rule: when every condition holds for a learner, its actions are done for that
 * learner, once.
 *
 * @param id the rule's stable id; a rule fires at most once per learner and id
 */
public record Rule(String id, List<Condition> when, List<Action> then) {

    public Rule {
        when = List.copyOf(when);
        then = List.copyOf(then);
    }

    public boolean holds(LearnerFacts facts) {
        return when.stream().allMatch(condition -> condition.holds(facts));
    }

    /** The actions of one kind, in the rule's order. */
    public <A extends Action> List<A> actions(Class<A> kind) {
        return then.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
