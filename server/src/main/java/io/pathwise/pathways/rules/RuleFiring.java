package io.pathwise.pathways.rules;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.UserView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates a course's rules for one learner and fires those that hold: each rule at most once per
 * learner, however often and however concurrently the learner is evaluated, because evaluations of
 * one learner take turns on the learner's row and every firing is recorded under a unique key.
 */
@Component
class RuleFiring {

    private final RuleStore rules;
    private final FiringStore firings;
    private final AlertStore alerts;
    private final FactsReader facts;
    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final Clock clock;

    RuleFiring(RuleStore rules, FiringStore firings, AlertStore alerts, FactsReader facts, CatalogApi catalog,
            IdentityApi identity, Clock clock) {
        this.rules = rules;
        this.firings = firings;
        this.alerts = alerts;
        this.facts = facts;
        this.catalog = catalog;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Evaluates the learner's rules that have not fired for them yet, and fires those whose
     * conditions all hold now.
     *
     * @param at when the evidence that prompted it happened: the start of the learner's evidence
     *           for time conditions, unless an earlier one is known
     * @return the ids of the rules that fired, in the file's order
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> evaluate(UUID tenantId, UUID courseId, UUID userId, Instant at) {
        RuleSet course = rules.rules(courseId);
        if (course.isEmpty()) {
            return List.of();
        }
        Instant started = firings.lockLearner(tenantId, courseId, userId, at);
        Map<String, Instant> fired = firings.fired(courseId, userId);
        List<Rule> pending = course.rules().stream().filter(rule -> !fired.containsKey(rule.id())).toList();
        CourseSummary summary = pending.isEmpty() ? null : catalog.courseForSystem(tenantId, courseId).orElse(null);
        if (summary == null) {
            return List.of();
        }
        LearnerFacts learner = facts.of(summary, userId, started);
        List<Rule> holding = pending.stream().filter(rule -> rule.holds(learner)).toList();
        Instant now = clock.instant();
        holding.forEach(rule -> fire(tenantId, courseId, userId, rule, now));
        return holding.stream().map(Rule::id).toList();
    }

    private void fire(UUID tenantId, UUID courseId, UUID userId, Rule rule, Instant now) {
        firings.recordFired(tenantId, courseId, userId, rule.id(), now);
        for (Action.Unlock unlock : rule.actions(Action.Unlock.class)) {
            firings.unlock(courseId, userId, unlock.unit(), rule.id(), now);
        }
        List<Action.Alert> raised = rule.actions(Action.Alert.class);
        if (!raised.isEmpty()) {
            String name = identity.user(userId).map(UserView::displayName).orElse("A learner");
            raised.forEach(alert -> alerts.insert(tenantId, courseId, userId, name, rule.id(), alert.render(name), now));
        }
        // A recommendation needs nothing more: the fired rule is what puts it among the learner's next steps.
    }
}
