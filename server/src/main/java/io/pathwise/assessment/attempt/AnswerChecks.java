package io.pathwise.assessment.attempt;

import io.pathwise.assessment.item.Draws;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemGrade;
import io.pathwise.assessment.item.ItemGrader;
import io.pathwise.assessment.item.PresentedItem;
import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.assessment.store.CheckStore;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.traffic.LearnerTraffic;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.PathwisePrincipal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Immediate feedback: a learner checks one answer before submitting and learns whether it is
 * right. Only quizzes whose feedback policy is immediate allow it; every check counts as a try, so
 * the evidence says honestly whether the submitted answer was the first try.
 */
@Service
public class AnswerChecks {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerChecks.class);

    /** The verdict on one checked answer, and how many tries the item has taken. */
    public record Verdict(String itemKey, boolean correct, double score, int tries) {
    }

    private final AttemptStore attempts;
    private final CheckStore checks;
    private final QuizContexts contexts;
    private final AttemptFinisher finisher;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final LearnerTraffic traffic;

    AnswerChecks(AttemptStore attempts, CheckStore checks, QuizContexts contexts, AttemptFinisher finisher, Clock clock,
            TransactionTemplate transactions, LearnerTraffic traffic) {
        this.traffic = traffic;
        this.attempts = attempts;
        this.checks = checks;
        this.contexts = contexts;
        this.finisher = finisher;
        this.clock = clock;
        this.transactions = transactions;
    }

    public Verdict check(PathwisePrincipal caller, UUID attemptId, String itemKey, JsonNode answer) {
        traffic.arrived();
        return transactions.execute(status -> {
            AttemptRow attempt = attempts.lock(attemptId).filter(a -> a.tenantId().equals(caller.tenantId())
                    && a.learnerId().equals(caller.userId())).orElseThrow(() -> ApiException.notFound("Attempt " + attemptId));
            QuizContext context = contexts.quizOf(caller, attempt);
            if (context.quiz().definition().feedback() != QuizDefinition.FeedbackPolicy.IMMEDIATE) {
                throw new ApiException(HttpStatus.CONFLICT, "No immediate feedback",
                        "This quiz gives feedback " + (context.quiz().definition().feedback()
                                == QuizDefinition.FeedbackPolicy.AFTER_DUE ? "after its due date" : "after submission")
                                + ", not answer by answer.");
            }
            if (!attempt.open() || (attempt.deadline() != null && clock.instant().isAfter(attempt.deadline()))) {
                throw new ApiException(HttpStatus.CONFLICT, "Attempt closed", "Answers can be checked only while the attempt is open.");
            }
            List<PresentedItem> presented = finisher.presented(attempt);
            ItemDefinition item = context.definitions().get(itemKey);
            if (item == null || presented.stream().noneMatch(p -> p.key().equals(itemKey))) {
                throw ApiException.badField("itemKey", "is not an item of this attempt");
            }
            if (item.manual()) {
                throw ApiException.badField("itemKey", "is graded by an instructor; it cannot be checked");
            }
            List<FieldProblem> problems = AnswerCheck.problems(presented, context.definitions(), finisher.draws(attempt),
                    java.util.Set.of(), java.util.Map.of(itemKey, answer), java.util.Map.of());
            if (!problems.isEmpty()) {
                throw ApiException.unprocessable("The answer cannot be checked.", problems);
            }
            ItemGrade grade = gradeOrRefuse(item, finisher.draws(attempt), attempt, answer);
            int tries = checks.record(attemptId, itemKey, grade.correct());
            return new Verdict(itemKey, grade.correct(), grade.score(), tries);
        });
    }

    /**
     * The grade of a checked answer. An item changed since the attempt started so that it cannot be
     * computed with the attempt's values gets 409 naming it; the reason stays in the log, since it may show
     * how the answer is computed. Submitting still works: the item is then withdrawn from the attempt.
     */
    private static ItemGrade gradeOrRefuse(ItemDefinition item, Draws draws, AttemptRow attempt, JsonNode answer) {
        try {
            return ItemGrader.grade(item, draws, answer);
        } catch (IllegalArgumentException e) {
            LOG.warn("Item '{}' cannot be checked in attempt {}: {}", item.key(), attempt.id(), e.getMessage());
            throw new ApiException(HttpStatus.CONFLICT, "Answer cannot be checked", "Item '" + item.key()
                    + "' was changed since this attempt started and cannot be checked now. Your answer is kept "
                    + "when you submit; the item does not count against you.");
        }
    }
}
