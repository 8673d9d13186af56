package io.pathwise.assessment.web;

import io.pathwise.assessment.AssessmentApi;
import io.pathwise.assessment.QuizResults;
import io.pathwise.assessment.attempt.QuizContext;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.Option;
import io.pathwise.assessment.item.PresentedItem;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.shared.markdown.MarkdownRenderer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An attempt as the API shows it: the items exactly as presented (Markdown rendered to safe
 * HTML), the saved draft, and the result with right answers and worked solutions once the quiz's
 * feedback policy allows.
 */
@Component
class AttemptViews {

    private static final TypeReference<List<PresentedItem>> PRESENTED = new TypeReference<>() {
    };

    private final JsonMapper json;
    private final MarkdownRenderer markdown;
    private final AssessmentApi assessment;
    private final Clock clock;

    AttemptViews(JsonMapper json, MarkdownRenderer markdown, AssessmentApi assessment, Clock clock) {
        this.json = json;
        this.markdown = markdown;
        this.assessment = assessment;
        this.clock = clock;
    }

    ObjectNode of(AttemptRow attempt, QuizContext context) {
        ObjectNode view = json.createObjectNode();
        view.put("id", attempt.id().toString());
        view.set("quiz", QuizViews.settings(json, context));
        view.put("status", attempt.status().name());
        view.put("number", attempt.number());
        view.put("startedAt", attempt.startedAt().toString());
        view.put("deadline", attempt.deadline() == null ? null : attempt.deadline().toString());
        view.put("serverTime", clock.instant().toString());
        List<PresentedItem> presented = json.readValue(attempt.presented(), PRESENTED);
        ArrayNode items = view.putArray("items");
        Map<String, ItemDefinition> definitions = context.definitions();
        presented.forEach(item -> items.add(item(item, definitions.get(item.key()))));
        view.set("draft", attempt.draft() == null ? json.createObjectNode() : json.readTree(attempt.draft()));
        view.put("submittedAt", attempt.submittedAt() == null ? null : attempt.submittedAt().toString());
        view.put("late", attempt.late());
        QuizResults.Attempt shown = assessment.attempt(attempt, context);
        if (shown.resultShown()) {
            view.set("result", result(shown));
        } else {
            view.putNull("result");
            if (shown.resultsAvailableAt() != null) {
                view.put("resultsAvailableAt", shown.resultsAvailableAt().toString());
            }
        }
        return view;
    }

    private ObjectNode item(PresentedItem item, ItemDefinition definition) {
        ObjectNode node = json.createObjectNode();
        node.put("key", item.key());
        node.put("type", item.type());
        // Free text an instructor grades: the player gives it room to write.
        node.put("manual", definition != null && definition.manual());
        node.put("prompt", markdown.render(item.prompt()));
        node.set("choices", options(item.choices()));
        node.set("order", options(item.order()));
        node.set("left", options(item.left()));
        node.set("right", options(item.right()));
        node.set("blanks", json.valueToTree(item.blanks()));
        node.set("units", json.valueToTree(item.units()));
        ArrayNode hints = node.putArray("hints");
        item.hints().forEach(hint -> hints.add(markdown.render(hint)));
        return node;
    }

    private ArrayNode options(List<Option> options) {
        ArrayNode array = json.createArrayNode();
        options.forEach(option -> array.addObject().put("id", option.id()).put("text", markdown.render(option.text())));
        return array;
    }

    /** The result in the API's shape; what it holds, and when, is the assessment facade's to decide. */
    private ObjectNode result(QuizResults.Attempt attempt) {
        ObjectNode result = json.createObjectNode();
        result.put("score", attempt.score() == null ? 0 : attempt.score());
        result.put("maxScore", attempt.maxScore() == null ? 0 : attempt.maxScore());
        if (attempt.passed() == null) {
            result.putNull("passed");
        } else {
            result.put("passed", attempt.passed());
        }
        ArrayNode list = result.putArray("items");
        for (QuizResults.Item shown : attempt.items()) {
            ObjectNode item = list.addObject();
            item.put("key", shown.key());
            item.put("status", shown.status());
            item.put("score", shown.score());
            item.put("correct", shown.correct());
            item.set("answer", shown.answerJson() == null ? null : json.readTree(shown.answerJson()));
            if (shown.expected() != null) {
                item.put("expected", shown.expected());
            }
            item.put("solution", shown.solutionHtml());
            item.put("feedback", shown.feedback());
        }
        return result;
    }
}
