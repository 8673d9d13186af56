package io.pathwise.assessment.attempt;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.item.Draws;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemGrader;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger LOG = LoggerFactory.getLogger(AttemptStarter.class);
    /** Draws tried before an attempt is refused because an item cannot be shown. */
    private static final int DRAWS = 3;

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
        Map<String, ItemDefinition> items = context.definitions();
        long seed = 0;
        List<PresentedItem> presented = null;
        UnshowableItem unshowable = null;
        // An item whose expressions some drawn values cannot compute (the item check tries only a
        // sample of wide ranges, and older items were not tried at all) fails only some draws: the
        // learner gets another draw. One that fails every draw ends in a 409 naming it.
        for (int draw = 0; draw < DRAWS && presented == null; draw++) {
            seed = SEEDS.nextLong();
            try {
                presented = present(quiz, items, seed);
            } catch (UnshowableItem e) {
                unshowable = e;
                LOG.warn("Item {} of quiz {} in course {} cannot be shown with seed {}: {}", e.itemKey, quiz.activityKey(),
                        context.course().id(), seed, e.getMessage());
            }
        }
        if (presented == null) {
            // The reason stays in the log: it may show how the answer is computed.
            throw new ApiException(HttpStatus.CONFLICT, "Quiz cannot be shown", "Item '" + unshowable.itemKey
                    + "' of this quiz cannot be shown; the course's instructors have to correct it. No attempt was started.");
        }
        AttemptRow attempt = new AttemptRow(Ids.newId(), caller.tenantId(), context.quiz().id(), caller.userId(),
                mine.size() + 1, seed, json.writeValueAsString(presented), shownValues(presented, items, seed), AttemptStatus.OPEN,
                now.truncatedTo(ChronoUnit.MILLIS), deadline(quiz, now), null, null, null, null, null, false, null, null,
                null, null, null, 0);
        attempts.insert(attempt);
        return new Started(attempt, true);
    }

    /**
     * The parameter values each presented item was drawn with, as JSON by item key (null when no item
     * has parameters), kept so that grading uses them even after an author changes a range.
     */
    private String shownValues(List<PresentedItem> presented, Map<String, ItemDefinition> items, long seed) {
        Map<String, Map<String, Long>> shown = new LinkedHashMap<>();
        for (PresentedItem item : presented) {
            Map<String, Long> values = Draws.fresh(seed).variant(items.get(item.key())).values();
            if (!values.isEmpty()) {
                shown.put(item.key(), values);
            }
        }
        return shown.isEmpty() ? null : json.writeValueAsString(shown);
    }

    /**
     * The items of the attempt with this seed as the learner sees them, each checked to be gradable
     * too (its expected answer computes), so that a draw that fails does so before anything is stored.
     */
    private static List<PresentedItem> present(QuizDefinition quiz, Map<String, ItemDefinition> items, long seed) {
        List<PresentedItem> presented = new ArrayList<>();
        for (String key : QuizAssembly.assemble(quiz, List.copyOf(items.values()), seed)) {
            ItemDefinition item = items.get(key);
            if (item == null) {
                throw new UnshowableItem(key, "the quiz names it, but the course has no readable item of that key");
            }
            try {
                presented.add(ItemPresenter.present(item, seed));
                ItemGrader.unanswered(item, seed);
            } catch (IllegalArgumentException e) {
                throw new UnshowableItem(key, e.getMessage());
            }
        }
        return presented;
    }

    /** An item of a quiz that cannot be shown (or graded) with the values drawn for it. */
    private static final class UnshowableItem extends RuntimeException {
        private final String itemKey;

        UnshowableItem(String itemKey, String reason) {
            super(reason, null, false, false);
            this.itemKey = itemKey;
        }
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
