package io.pathwise.pathways.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rules of a course in the file's order, which is the order they are evaluated and shown in. */
public record RuleSet(List<Rule> rules) {

    public static final RuleSet NONE = new RuleSet(List.of());

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Units that some rule unlocks: locked for a learner until one of those rules fires for them. */
    public Set<String> lockedUnits() {
        Set<String> units = new LinkedHashSet<>();
        rules.forEach(rule -> rule.actions(Action.Unlock.class).forEach(unlock -> units.add(unlock.unit())));
        return units;
    }
}
