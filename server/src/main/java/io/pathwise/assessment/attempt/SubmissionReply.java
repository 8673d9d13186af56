package io.pathwise.assessment.attempt;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.grading.AttemptScore;
import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.ResponseRow;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of the reply to a submission, following the quiz's feedback policy: the score and
 * per-item verdicts, or (feedback after the due date) only that it was received and when results
 * come. Written once and stored, so that every retry gets these same bytes.
 */
final class SubmissionReply {

    private SubmissionReply() {
    }

    static String of(JsonMapper json, AttemptRow attempt, QuizDefinition quiz, Instant submittedAt, boolean late,
            AttemptScore score, List<ResponseRow> responses, java.time.Duration offlineGrace) {
        ObjectNode reply = json.createObjectNode();
        reply.put("attemptId", attempt.id().toString());
        reply.put("status", score.status().name());
        reply.put("submittedAt", submittedAt.toString());
        reply.put("late", late);
        reply.put("feedback", quiz.feedback().name());
        if (quiz.feedback() == QuizDefinition.FeedbackPolicy.AFTER_DUE) {
            reply.putNull("result");
            Instant released = quiz.resultsReleasedAt(offlineGrace);
            reply.put("resultsAvailableAt", released == null ? null : released.toString());
            return json.writeValueAsString(reply);
        }
        reply.set("result", result(json, score, responses));
        return json.writeValueAsString(reply);
    }

    /** Score and per-item verdicts (the attempt view shows the same, with the right answers). */
    static ObjectNode result(JsonMapper json, AttemptScore score, List<ResponseRow> responses) {
        ObjectNode result = json.createObjectNode();
        result.put("score", score.score());
        result.put("maxScore", score.maxScore());
        result.put("scaled", Math.round(score.scaled() * 10_000) / 10_000.0);
        if (score.status() == AttemptStatus.GRADED) {
            result.put("passed", Boolean.TRUE.equals(score.passed()));
        } else {
            result.putNull("passed");
        }
        ArrayNode items = result.putArray("items");
        for (ResponseRow response : responses) {
            ObjectNode item = items.addObject();
            item.put("key", response.itemKey());
            item.put("status", response.status().name());
            item.put("score", response.score());
            item.put("correct", response.status() == ResponseRow.ResponseStatus.GRADED && response.score() >= 1 - 1e-9);
        }
        return result;
    }
}
