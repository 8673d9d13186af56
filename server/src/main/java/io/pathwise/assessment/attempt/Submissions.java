package io.pathwise.assessment.attempt;

import io.pathwise.assessment.AssessmentProperties;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.traffic.LearnerTraffic;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.PathwisePrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions, exactly once. The attempt's row is locked for the whole submission, so retries
 * that arrive together wait for the first; the first grades and stores its reply, the others find
 * the attempt closed with their key and get that reply. A different submission to a closed attempt
 * is refused with the reason. A submission after the deadline counts only within the offline
 * grace window and when the device answered before the deadline; otherwise the attempt is closed
 * with the draft the server last saved, and the submission is refused.
 */
@Service
public class Submissions {

    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private final AttemptStore attempts;
    private final AttemptFinisher finisher;
    private final QuizContexts contexts;
    private final Drafts drafts;
    private final Clock clock;
    private final Duration grace;
    private final TransactionTemplate transactions;
    private final LearnerTraffic traffic;

    Submissions(AttemptStore attempts, AttemptFinisher finisher, QuizContexts contexts, Drafts drafts, Clock clock,
            AssessmentProperties properties, TransactionTemplate transactions, LearnerTraffic traffic) {
        this.traffic = traffic;
        this.attempts = attempts;
        this.finisher = finisher;
        this.contexts = contexts;
        this.drafts = drafts;
        this.clock = clock;
        this.grace = properties.offlineGrace();
        this.transactions = transactions;
    }

    public SubmissionOutcome submit(PathwisePrincipal caller, UUID attemptId, Submission submission) {
        traffic.arrived();
        if (submission.idempotencyKey() == null || !KEY.matcher(submission.idempotencyKey()).matches()) {
            throw ApiException.badField("idempotencyKey", "must be 8 to 100 letters, digits, '-' or '_', generated once "
                    + "by the device for this submission");
        }
        return transactions.execute(status -> {
            AttemptRow attempt = attempts.lock(attemptId).filter(a -> a.tenantId().equals(caller.tenantId())
                    && a.learnerId().equals(caller.userId())).orElseThrow(() -> ApiException.notFound("Attempt " + attemptId));
            if (!attempt.open()) {
                return submission.idempotencyKey().equals(attempt.submissionKey())
                        ? new SubmissionOutcome.Replied(attempt.submissionReply()) : closed(attempt);
            }
            QuizContext context = contexts.quizOf(caller, attempt);
            List<FieldProblem> problems = AnswerCheck.problems(finisher.presented(attempt), context.definitions(),
                    finisher.draws(attempt), context.savedSince(attempt.startedAt()), submission.answers(), submission.items());
            if (!problems.isEmpty()) {
                throw ApiException.unprocessable("The submission has " + problems.size() + " problem(s); nothing was saved.",
                        problems);
            }
            Instant now = clock.instant();
            boolean late = attempt.deadline() != null && now.isAfter(attempt.deadline());
            if (late) {
                String tooLate = tooLate(attempt, submission, now);
                if (tooLate != null) {
                    finisher.finish(attempt, context, drafts.usable(attempt, context.definitions()), java.util.Map.of(), null, attempt.deadline(),
                            null, false);
                    return new SubmissionOutcome.Refused("Too late", tooLate);
                }
            }
            return new SubmissionOutcome.Replied(finisher.finish(attempt, context, submission.answers(), submission.items(),
                    submission.idempotencyKey(), now, submission.answeredAt(), late));
        });
    }

    /** Why a late submission does not count, or null when it does. */
    private String tooLate(AttemptRow attempt, Submission submission, Instant now) {
        if (now.isAfter(attempt.deadline().plus(grace))) {
            return "The attempt's deadline was " + attempt.deadline() + "; answers given offline count only when they "
                    + "arrive within " + grace.toMinutes() + " minutes of it. The attempt was closed with the answers "
                    + "saved on the server before the deadline.";
        }
        if (submission.answeredAt() == null || submission.answeredAt().isAfter(attempt.deadline())) {
            return "The attempt's deadline was " + attempt.deadline() + " and the answers were given "
                    + (submission.answeredAt() == null ? "at an unknown time (answeredAt is missing)"
                    : "at " + submission.answeredAt()) + ", after it. The attempt was closed with the answers saved on "
                    + "the server before the deadline.";
        }
        return null;
    }

    private SubmissionOutcome closed(AttemptRow attempt) {
        if (attempt.submissionKey() == null) {
            return new SubmissionOutcome.Refused("Attempt closed", "The attempt was closed at its deadline "
                    + attempt.submittedAt() + " with the answers saved before it; start a new attempt if any are left.");
        }
        return new SubmissionOutcome.Refused("Already submitted", "The attempt was already submitted at "
                + attempt.submittedAt() + " by another submission (a different idempotencyKey); it is graded once.");
    }

}
