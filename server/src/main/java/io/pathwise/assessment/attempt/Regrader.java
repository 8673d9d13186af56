package io.pathwise.assessment.attempt;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.grading.AttemptGrading;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.assessment.store.ItemStore;
import io.pathwise.assessment.store.RegradeLog;
import io.pathwise.assessment.store.ResponseRow;
import io.pathwise.assessment.store.ResponseStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regrades the submitted attempts that asked an item whose answer key changed, in the caller's
 * transaction, and records each change with how many attempts it regraded. A submission still
 * grading with the old key is not among them; {@link StaleGradeCatchUp} regrades it once the
 * change has committed. A final grade that
 * moves is announced again with the next grade version; the evidence recorder then voids the
 * previous statements and records the new ones.
 */
@Service
public class Regrader {

    private final AttemptStore attempts;
    private final ResponseStore responses;
    private final QuizContexts contexts;
    private final GradeRecorder grades;
    private final RegradeLog log;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    Regrader(AttemptStore attempts, ResponseStore responses, QuizContexts contexts, GradeRecorder grades, RegradeLog log,
            JsonMapper json, ApplicationEventPublisher events) {
        this.events = events;
        this.attempts = attempts;
        this.responses = responses;
        this.contexts = contexts;
        this.grades = grades;
        this.log = log;
        this.json = json;
    }

    /** @param changedBy the user who changed the keys (by API or an uploaded package); null for the system */
    @org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void regrade(UUID tenantId, UUID courseId, List<ItemStore.KeyChange> changes, UUID changedBy) {
        for (ItemStore.KeyChange change : changes) {
            int regraded = 0;
            List<UUID> graded = new ArrayList<>();
            for (UUID attemptId : attempts.submittedWithItem(courseId, change.itemKey())) {
                AttemptRow attempt = attempts.lock(attemptId).orElseThrow();
                if (attempt.status() == AttemptStatus.OPEN) {
                    continue;
                }
                graded.add(attemptId);
                if (regrade(attempt, contexts.quizOfForSystem(attempt), responses.ofAttempt(attemptId))) {
                    regraded++;
                }
            }
            // Only these attempts, which this transaction locked and regraded: a submission that
            // commits meanwhile was graded with the old key and must keep saying so.
            responses.gradedWith(change.itemKey(), change.toVersion(), graded);
            log.record(tenantId, courseId, change, changedBy, regraded);
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new AnswerKeysChanged(tenantId, courseId, changes));
        }
    }

    /**
     * Grades a submitted attempt, whose row the caller holds locked, again with the current keys,
     * and records the key version of every response; true when any response changed. For
     * {@link StaleGradeCatchUp}: the attempt may have been graded with old versions of any item.
     */
    boolean regradeStale(AttemptRow attempt) {
        QuizContext context = contexts.quizOfForSystem(attempt);
        List<ResponseRow> before = responses.ofAttempt(attempt.id());
        boolean changed = regrade(attempt, context, before);
        // The rows' items and places do not change in a regrade, so the rows read before name them.
        responses.gradedWith(before, context.keyVersions());
        return changed;
    }

    /**
     * Grades a submitted attempt, whose row the caller holds locked, with the context's keys, from its
     * stored responses; true when any response changed.
     */
    private boolean regrade(AttemptRow attempt, QuizContext context, List<ResponseRow> before) {
        Map<String, ItemDefinition> items = context.definitions();
        List<ResponseRow> after = before.stream()
                .map(response -> AttemptGrading.regrade(response, attempt.draws(json), items.get(response.itemKey()), json)).toList();
        if (after.equals(before)) {
            return false;
        }
        for (int i = 0; i < after.size(); i++) {
            if (!after.get(i).equals(before.get(i))) {
                responses.update(after.get(i));
            }
        }
        grades.record(attempt, context, after, attempt.submittedAt());
        return true;
    }
}
