package io.pathwise.assessment.attempt;

import io.pathwise.assessment.AttemptGraded;
import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.grading.AttemptScore;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.assessment.store.ResponseRow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes an attempt's score and, once it is final, announces {@link AttemptGraded} in the same
 * transaction (the Event Publication Registry keeps the announcement until its listeners succeed).
 */
@Component
class GradeRecorder {

    private final AttemptStore attempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GradeRecorder(AttemptStore attempts, ApplicationEventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the grade of a submitted attempt from its responses. Each final grade is announced
     * with the next grade version (1, then one more for every regrade or late manual grade), so the
     * evidence of each version has ids of its own and voids the one before.
     */
    AttemptScore record(AttemptRow attempt, QuizContext context, List<ResponseRow> responses, Instant submittedAt) {
        int gradeVersion = attempt.gradeVersion() + 1;
        AttemptScore score = AttemptScore.of(responses, context.quiz().definition().passingScore());
        Instant now = clock.instant();
        boolean fin = score.status() == AttemptStatus.GRADED;
        attempts.grade(attempt.id(), score.status(), score.score(), score.maxScore(), score.passed(), fin ? now : null,
                fin ? gradeVersion : attempt.gradeVersion());
        if (fin) {
            events.publishEvent(graded(attempt, context, responses, score, submittedAt, now, gradeVersion));
        }
        return score;
    }

    private AttemptGraded graded(AttemptRow attempt, QuizContext context, List<ResponseRow> responses, AttemptScore score,
            Instant submittedAt, Instant gradedAt, int gradeVersion) {
        Map<String, ItemDefinition> items = context.definitions();
        List<AttemptGraded.ItemResult> results = responses.stream().filter(ResponseRow::counts).map(response -> {
            ItemDefinition item = items.get(response.itemKey());
            // An item deleted from the course since keeps its grade; only its tags are gone.
            return new AttemptGraded.ItemResult(response.itemKey(), item == null ? "withdrawn" : item.type().packageName(),
                    item == null ? List.of() : item.skills(),
                    response.score(), response.score() >= 1 - 1e-9, response.answer() != null, response.tries() <= 1,
                    response.hintsUsed(), response.seconds(), response.answer());
        }).toList();
        return new AttemptGraded(attempt.tenantId(), attempt.id(), attempt.quizId(), context.course().id(),
                context.activity().key(), context.activity().iri(), attempt.learnerId(), attempt.number(),
                attempt.startedAt(), submittedAt, gradedAt, gradeVersion, score.score(), score.maxScore(),
                Boolean.TRUE.equals(score.passed()), results);
    }
}
