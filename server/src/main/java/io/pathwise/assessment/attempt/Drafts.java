package io.pathwise.assessment.attempt;

import io.pathwise.assessment.item.Draws;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemGrader;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.PathwisePrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Autosaved answers of an open attempt. The server's copy is what counts when the attempt is
 * closed at its deadline without a submission, so a learner whose device dies keeps what it saved.
 */
@Service
public class Drafts {

    private final AttemptStore attempts;
    private final QuizContexts contexts;
    private final AttemptFinisher finisher;
    private final JsonMapper json;
    private final Clock clock;

    Drafts(AttemptStore attempts, QuizContexts contexts, AttemptFinisher finisher, JsonMapper json, Clock clock) {
        this.attempts = attempts;
        this.contexts = contexts;
        this.finisher = finisher;
        this.json = json;
        this.clock = clock;
    }

    /** Replaces the draft; refused with 409 once the attempt is closed or past its deadline. */
    public Instant save(PathwisePrincipal caller, UUID attemptId, Map<String, JsonNode> answers) {
        AttemptRow attempt = attempts.find(attemptId).filter(a -> a.tenantId().equals(caller.tenantId())
                && a.learnerId().equals(caller.userId())).orElseThrow(() -> ApiException.notFound("Attempt " + attemptId));
        Instant now = clock.instant();
        if (!attempt.open() || (attempt.deadline() != null && now.isAfter(attempt.deadline()))) {
            throw new ApiException(HttpStatus.CONFLICT, "Attempt closed", attempt.open()
                    ? "The attempt's deadline " + attempt.deadline() + " has passed; submit it (answers given in time "
                    + "still count within the offline grace window)."
                    : "The attempt was closed at " + attempt.submittedAt() + "; its draft can no longer change.");
        }
        QuizContext context = contexts.quizOf(caller, attempt);
        List<FieldProblem> problems = AnswerCheck.problems(finisher.presented(attempt), context.definitions(), finisher.draws(attempt),
                context.savedSince(attempt.startedAt()), answers, Map.of());
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("The draft has " + problems.size() + " problem(s); it was not saved.", problems);
        }
        if (!attempts.saveDraft(attemptId, json.writeValueAsString(answers), now)) {
            throw new ApiException(HttpStatus.CONFLICT, "Attempt closed", "The attempt was closed meanwhile.");
        }
        return now;
    }

    /** The saved draft's answers that still fit their items (an item may have changed since). */
    Map<String, JsonNode> usable(AttemptRow attempt, Map<String, ItemDefinition> items) {
        Map<String, JsonNode> usable = new LinkedHashMap<>();
        if (attempt.draft() == null) {
            return usable;
        }
        Draws draws = finisher.draws(attempt);
        json.readTree(attempt.draft()).properties().forEach(entry -> {
            ItemDefinition item = items.get(entry.getKey());
            if (item != null && !entry.getValue().isNull()
                    && ItemGrader.checkShape(item, draws, entry.getValue()).isEmpty()) {
                usable.put(entry.getKey(), entry.getValue());
            }
        });
        return usable;
    }
}
