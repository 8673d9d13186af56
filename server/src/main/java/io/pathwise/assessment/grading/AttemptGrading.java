package io.pathwise.assessment.grading;

import io.pathwise.assessment.item.Draws;
import io.pathwise.assessment.item.InvalidAnswerException;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemGrade;
import io.pathwise.assessment.item.ItemGrader;
import io.pathwise.assessment.item.PresentedItem;
import io.pathwise.assessment.store.ResponseRow;
import io.pathwise.assessment.store.ResponseRow.ResponseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Grades every item of an attempt with the items' current answer keys. Deterministic: the same
 * answers, draws and keys always give the same responses, which is what makes a regrade safe.
 *
 * <p>An item that cannot be graded for the attempt's drawn values (edited since the attempt started so
 * that an expression divides by zero for them, which the item check can miss in very wide ranges) is
 * withdrawn from that attempt, like an item that left the course: it does not count, the answer stays
 * stored, and fixing the item's key regrades it. Failing the whole submission instead would leave the
 * learner unable to hand in anything.
 */
public final class AttemptGrading {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptGrading.class);

    private AttemptGrading() {
    }

    /** The responses to a submission; answers were checked for shape beforehand. */
    public static List<ResponseRow> grade(UUID attemptId, UUID quizId, Draws draws, List<PresentedItem> presented,
            Map<String, ItemDefinition> items, Map<String, JsonNode> answers, Map<String, ItemActivity> activity) {
        List<ResponseRow> responses = new ArrayList<>();
        for (int position = 0; position < presented.size(); position++) {
            String key = presented.get(position).key();
            JsonNode answer = answers.get(key);
            ItemActivity measured = activity.getOrDefault(key, ItemActivity.NONE);
            ItemDefinition item = items.get(key);
            String answerJson = answer == null || answer.isNull() ? null : answer.toString();
            Graded graded = item == null ? Graded.WITHDRAWN : gradeOrWithdraw(attemptId, item, draws, answer);
            responses.add(new ResponseRow(attemptId, position, quizId, key, answerJson, graded.status(), graded.score(),
                    measured.hintsUsed(), measured.seconds(), measured.tries(), null, null, null));
        }
        return responses;
    }

    /**
     * A response graded again with the item's current key. Answers an instructor graded by hand keep
     * their grade; the rest take the key's verdict.
     */
    public static ResponseRow regrade(ResponseRow response, Draws draws, ItemDefinition item, tools.jackson.databind.json.JsonMapper json) {
        if (item == null) {
            return response.regraded(0, ResponseStatus.WITHDRAWN);
        }
        if (response.gradedBy() != null) {
            return response;
        }
        Graded graded = gradeOrWithdraw(response.attemptId(), item, draws,
                response.answer() == null ? null : json.readTree(response.answer()));
        return response.regraded(graded.score(), graded.status());
    }

    /** The grade, or withdrawn when the item cannot be computed with these draws (see the class comment). */
    private static Graded gradeOrWithdraw(UUID attemptId, ItemDefinition item, Draws draws, JsonNode answer) {
        try {
            return grade(item, draws, answer);
        } catch (IllegalArgumentException e) {
            LOG.warn("Item '{}' cannot be graded in attempt {} and does not count in it: {}", item.key(), attemptId,
                    e.getMessage());
            return Graded.WITHDRAWN;
        }
    }

    private static Graded grade(ItemDefinition item, Draws draws, JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return new Graded(ResponseStatus.UNANSWERED, ItemGrader.unanswered(item).score());
        }
        ItemGrade grade;
        try {
            grade = ItemGrader.grade(item, draws, answer);
        } catch (InvalidAnswerException e) {
            // The item changed shape since the attempt showed it (a choice removed, another type):
            // the answer no longer fits anything it asks, so it earns nothing and stays stored for
            // the instructor to see. At submission AnswerCheck lets only such items through.
            return new Graded(ResponseStatus.GRADED, 0);
        }
        return new Graded(grade.awaitingManualGrade() ? ResponseStatus.AWAITING_MANUAL : ResponseStatus.GRADED, grade.score());
    }

    private record Graded(ResponseStatus status, double score) {

        static final Graded WITHDRAWN = new Graded(ResponseStatus.WITHDRAWN, 0);
    }
}
