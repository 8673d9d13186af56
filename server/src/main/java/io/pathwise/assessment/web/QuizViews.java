package io.pathwise.assessment.web;

import io.pathwise.assessment.attempt.QuizContext;
import io.pathwise.assessment.item.QuizDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A quiz's settings as the API shows them. */
final class QuizViews {

    private QuizViews() {
    }

    static ObjectNode settings(JsonMapper json, QuizContext context) {
        QuizDefinition quiz = context.quiz().definition();
        ObjectNode node = json.createObjectNode();
        node.put("id", context.quiz().id().toString());
        node.put("courseSlug", context.course().slug());
        node.put("activityKey", quiz.activityKey());
        node.put("title", context.activity().title());
        node.put("mode", quiz.mode().name());
        node.put("feedback", quiz.feedback().name());
        node.put("timeLimitMinutes", quiz.timeLimitMinutes());
        node.put("allowedAttempts", quiz.allowedAttempts());
        node.put("opens", quiz.opens() == null ? null : quiz.opens().toString());
        node.put("due", quiz.due() == null ? null : quiz.due().toString());
        node.put("passingScore", quiz.passingScore());
        return node;
    }
}
