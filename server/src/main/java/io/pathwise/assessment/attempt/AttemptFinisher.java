package io.pathwise.assessment.attempt;

import io.pathwise.assessment.AttemptSubmitted;
import io.pathwise.assessment.grading.AttemptGrading;
import io.pathwise.assessment.grading.AttemptScore;
import io.pathwise.assessment.grading.ItemActivity;
import io.pathwise.assessment.item.Draws;
import io.pathwise.assessment.item.PresentedItem;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.assessment.store.CheckStore;
import io.pathwise.assessment.store.ResponseRow;
import io.pathwise.assessment.store.ResponseStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closes an open attempt whose row the caller holds locked: grades the answers, stores the
 * responses, the grade and the reply, and announces {@link AttemptSubmitted} (and, when final,
 * the grade). Used for a learner's submission and for an attempt closed at its deadline.
 */
@Component
class AttemptFinisher {

    private static final TypeReference<List<PresentedItem>> PRESENTED = new TypeReference<>() {
    };

    private final AttemptStore attempts;
    private final ResponseStore responses;
    private final GradeRecorder grades;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final CheckStore checks;
    private final io.pathwise.assessment.AssessmentProperties properties;

    AttemptFinisher(AttemptStore attempts, ResponseStore responses, GradeRecorder grades, ApplicationEventPublisher events,
            JsonMapper json, CheckStore checks, io.pathwise.assessment.AssessmentProperties properties) {
        this.properties = properties;
        this.checks = checks;
        this.attempts = attempts;
        this.responses = responses;
        this.grades = grades;
        this.events = events;
        this.json = json;
    }

    /**
     * The device's measurements with the tries the server counted: an item checked before
     * submission took as many tries as its checks, whatever the device says.
     */
    private Map<String, ItemActivity> withCheckedTries(AttemptRow attempt, Map<String, ItemActivity> activity) {
        Map<String, Integer> tries = checks.triesToSubmission(attempt.id());
        if (tries.isEmpty()) {
            return activity;
        }
        Map<String, ItemActivity> merged = new java.util.HashMap<>(activity);
        tries.forEach((key, count) -> {
            ItemActivity measured = activity.getOrDefault(key, ItemActivity.NONE);
            merged.put(key, new ItemActivity(measured.hintsUsed(), measured.seconds(), count));
        });
        return merged;
    }

    List<PresentedItem> presented(AttemptRow attempt) {
        return json.readValue(attempt.presented(), PRESENTED);
    }

    /** What the attempt's items are drawn from: its seed and the values they were shown with. */
    Draws draws(AttemptRow attempt) {
        return attempt.draws(json);
    }

    /**
     * @param key the submission's idempotency key; null when the attempt is closed at its deadline
     * @return the reply body, stored for retries
     */
    String finish(AttemptRow attempt, QuizContext context, Map<String, JsonNode> answers, Map<String, ItemActivity> activity,
            String key, Instant submittedAt, Instant answeredAt, boolean late) {
        List<ResponseRow> graded = AttemptGrading.grade(attempt.id(), attempt.quizId(), draws(attempt), presented(attempt),
                context.definitions(), answers, withCheckedTries(attempt, activity));
        GradeRecorder.Grade grade = grades.next(attempt, context, graded, submittedAt);
        AttemptScore score = grade.score();
        String reply = SubmissionReply.of(json, attempt, context.quiz().definition(), submittedAt, late, score, graded,
                properties.offlineGrace());
        attempts.close(attempt.id(), new AttemptStore.Closing(key, submittedAt, answeredAt, late,
                json.writeValueAsString(answers), score.status(), score.score(), score.maxScore(), score.passed(),
                grade.gradedAt(), grade.version(), reply));
        responses.insert(graded, context.keyVersions());
        events.publishEvent(new AttemptSubmitted(attempt.tenantId(), attempt.id(), attempt.quizId(), context.course().id(),
                context.activity().key(), attempt.learnerId(), submittedAt, late, key == null));
        grades.announce(grade);
        return reply;
    }
}
