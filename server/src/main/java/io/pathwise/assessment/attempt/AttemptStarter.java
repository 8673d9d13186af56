package io.pathwise.assessment.attempt;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemPresenter;
import io.pathwise.assessment.item.PresentedItem;
import io.pathwise.assessment.item.QuizAssembly;
import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.shared.Ids;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.PathwisePrincipal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts attempts. A learner with an open attempt gets it back instead of a second one, so a
 * double click or a retried request never opens two. Items are drawn, parameterised and shuffled
 * from a random seed stored with the attempt, and what the learner is shown is kept with it.
 */
@Service
public class AttemptStarter {

    /** The attempt, and whether this call created it. */
    public record Started(AttemptRow attempt, boolean created) {
    }

    private static final SecureRandom SEEDS = new SecureRandom();

    private final AttemptStore attempts;
    private final DeadlineCloser closer;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final java.time.Duration grace;

    AttemptStarter(AttemptStore attempts, DeadlineCloser closer, JsonMapper json, Clock clock,
            TransactionTemplate transactions, io.pathwise.assessment.AssessmentProperties properties) {
        this.grace = properties.offlineGrace();
        this.attempts = attempts;
        this.closer = closer;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
    }

    public Started start(PathwisePrincipal caller, QuizContext context) {
        try {
            return transactions.execute(status -> startOrResume(caller, context));
        } catch (DuplicateKeyException e) {
            // Another request of the same learner created the attempt first: that one is theirs.
            return transactions.execute(status -> startOrResume(caller, context));
        }
    }

    private Started startOrResume(PathwisePrincipal caller, QuizContext context) {
        QuizDefinition quiz = context.quiz().definition();
        List<AttemptRow> mine = attempts.ofLearner(context.quiz().id(), caller.userId());
        Optional<AttemptRow> open = mine.stream().filter(AttemptRow::open).findFirst();
        Instant now = clock.instant();
        // Until its grace window ends, an attempt past its deadline is still the learner's: a
        // submission made offline before the deadline may be on its way.
        if (open.isPresent() && (open.get().deadline() == null || now.isBefore(open.get().deadline().plus(grace)))) {
            return new Started(open.get(), false);
        }
        open.ifPresent(expired -> closer.close(expired.id()));
        if (quiz.opens() != null && now.isBefore(quiz.opens())) {
            throw new ApiException(HttpStatus.CONFLICT, "Not open yet", "The quiz opens at " + quiz.opens() + ".");
        }
        if (quiz.due() != null && !now.isBefore(quiz.due())) {
            throw new ApiException(HttpStatus.CONFLICT, "Closed", "The quiz was due at " + quiz.due() + ".");
        }
        if (quiz.mode() == QuizDefinition.QuizMode.GRADED && quiz.allowedAttempts() != null
                && mine.size() >= quiz.allowedAttempts()) {
            throw new ApiException(HttpStatus.CONFLICT, "No attempts left",
                    "All " + quiz.allowedAttempts() + " allowed attempts at this quiz have been used.");
        }
        long seed = SEEDS.nextLong();
        Map<String, ItemDefinition> items = context.definitions();
        List<PresentedItem> presented = QuizAssembly.assemble(quiz, List.copyOf(items.values()), seed).stream()
                .map(key -> ItemPresenter.present(items.get(key), seed)).toList();
        AttemptRow attempt = new AttemptRow(Ids.newId(), caller.tenantId(), context.quiz().id(), caller.userId(),
                mine.size() + 1, seed, json.writeValueAsString(presented), AttemptStatus.OPEN,
                now.truncatedTo(ChronoUnit.MILLIS), deadline(quiz, now), null, null, null, null, null, false, null, null,
                null, null, null, 0);
        attempts.insert(attempt);
        return new Started(attempt, true);
    }

    /** The earlier of the time limit and the due date; null when there is neither. */
    static Instant deadline(QuizDefinition quiz, Instant start) {
        Instant limit = quiz.timeLimitMinutes() == null ? null
                : start.truncatedTo(ChronoUnit.MILLIS).plus(quiz.timeLimitMinutes(), ChronoUnit.MINUTES);
        if (limit == null) {
            return quiz.due();
        }
        return quiz.due() == null || limit.isBefore(quiz.due()) ? limit : quiz.due();
    }
}
