package io.pathwise.assessment.attempt;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.assessment.store.ResponseRow;
import io.pathwise.assessment.store.ResponseStore;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.text.StorableText;
import io.pathwise.shared.security.PathwisePrincipal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Instructors grade free-text answers. The attempt's grade becomes final (and is announced) when
 * its last waiting answer is graded; grading an answer again later is a regrade.
 */
@Service
public class ManualGrading {

    private final AttemptStore attempts;
    private final ResponseStore responses;
    private final QuizContexts contexts;
    private final GradeRecorder grades;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ManualGrading(AttemptStore attempts, ResponseStore responses, QuizContexts contexts, GradeRecorder grades, Clock clock,
            TransactionTemplate transactions) {
        this.attempts = attempts;
        this.responses = responses;
        this.contexts = contexts;
        this.grades = grades;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Grades one answer of a submitted attempt with a score from 0 to 1 and optional feedback. */
    public void grade(PathwisePrincipal caller, UUID attemptId, String itemKey, double score, String feedback) {
        if (!(score >= 0 && score <= 1)) {
            throw ApiException.badField("score", "must be a number from 0 to 1");
        }
        if (feedback != null && feedback.length() > 4000) {
            throw ApiException.badField("feedback", "must be at most 4000 characters");
        }
        StorableText.problem(feedback).ifPresent(reason -> {
            throw ApiException.badField("feedback", reason);
        });
        transactions.executeWithoutResult(status -> {
            AttemptRow attempt = attempts.lock(attemptId).filter(a -> a.tenantId().equals(caller.tenantId()))
                    .orElseThrow(() -> ApiException.notFound("Attempt " + attemptId));
            QuizContext context = contexts.quizOf(caller, attempt);
            contexts.requireStaff(caller, context.course().id());
            if (attempt.status() == AttemptStatus.OPEN) {
                throw new ApiException(HttpStatus.CONFLICT, "Not submitted", "The attempt has not been submitted yet.");
            }
            List<ResponseRow> all = new ArrayList<>(responses.ofAttempt(attemptId));
            int index = indexOf(all, itemKey);
            ResponseRow response = all.get(index);
            if (response.status() != ResponseRow.ResponseStatus.AWAITING_MANUAL && response.gradedBy() == null) {
                throw ApiException.badField("itemKey", "is graded by the server; only free-text answers are graded by hand");
            }
            ResponseRow graded = new ResponseRow(response.attemptId(), response.position(), response.quizId(),
                    response.itemKey(), response.answer(), ResponseRow.ResponseStatus.GRADED, Math.round(score * 10_000) / 10_000.0,
                    response.hintsUsed(), response.seconds(), response.tries(), feedback, caller.userId(), clock.instant());
            responses.update(graded);
            all.set(index, graded);
            grades.record(attempt, context, all, attempt.submittedAt());
        });
    }

    private static int indexOf(List<ResponseRow> responses, String itemKey) {
        for (int i = 0; i < responses.size(); i++) {
            if (responses.get(i).itemKey().equals(itemKey)) {
                return i;
            }
        }
        throw ApiException.notFound("Item " + itemKey + " of this attempt");
    }
}
