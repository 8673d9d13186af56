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
 * Works out an attempt's grade, writes it and, once it is final, announces {@link AttemptGraded} in
 * the same transaction (the Event Publication Registry keeps the announcement until its listeners succeed).
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
     * An attempt's next grade, worked out but not yet written: its score, the grade version it is
     * recorded under and, when final, the announcement to publish once it is written.
     */
    record Grade(AttemptScore score, int version, Instant gradedAt, AttemptGraded announcement) {
    }

    /**
     * The grade of a submitted attempt from its responses. Each final grade carries the next grade
     * version (1, then one more for every regrade or late manual grade), so the evidence of each
     * version has ids of its own and voids the one before; a grade still waiting for an instructor
     * keeps the attempt's version.
     */
    Grade next(AttemptRow attempt, QuizContext context, List<ResponseRow> responses, Instant submittedAt) {
        AttemptScore score = AttemptScore.of(responses, context.quiz().definition().passingScore());
        if (score.status() != AttemptStatus.GRADED) {
            return new Grade(score, attempt.gradeVersion(), null, null);
        }
        int version = attempt.gradeVersion() + 1;
        Instant now = clock.instant();
        return new Grade(score, version, now, graded(attempt, context, responses, score, submittedAt, now, version));
    }

    /** Publishes a written grade's announcement, when it is final, in the transaction that wrote it. */
    void announce(Grade grade) {
        if (grade.announcement() != null) {
            events.publishEvent(grade.announcement());
        }
    }

    /** Writes the grade of a submitted attempt from its responses and announces it when final. */
    AttemptScore record(AttemptRow attempt, QuizContext context, List<ResponseRow> responses, Instant submittedAt) {
        Grade grade = next(attempt, context, responses, submittedAt);
        AttemptScore score = grade.score();
        attempts.grade(attempt.id(), score.status(), score.score(), score.maxScore(), score.passed(), grade.gradedAt(),
                grade.version());
        announce(grade);
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
