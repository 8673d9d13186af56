package io.pathwise.assessment.web;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.attempt.QuizContext;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemGrader;
import io.pathwise.assessment.item.Option;
import io.pathwise.assessment.item.PresentedItem;
import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.ResponseRow;
import io.pathwise.assessment.store.ResponseStore;
import io.pathwise.shared.markdown.MarkdownRenderer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
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
    private final ResponseStore responses;
    private final Clock clock;

    AttemptViews(JsonMapper json, MarkdownRenderer markdown, ResponseStore responses, Clock clock) {
        this.json = json;
        this.markdown = markdown;
        this.responses = responses;
        this.clock = clock;
    }

    ObjectNode of(AttemptRow attempt, QuizContext context) {
        QuizDefinition quiz = context.quiz().definition();
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
        if (attempt.status() == AttemptStatus.OPEN) {
            view.putNull("result");
        } else if (quiz.feedback() == QuizDefinition.FeedbackPolicy.AFTER_DUE && quiz.due() != null
                && clock.instant().isBefore(quiz.due())) {
            view.putNull("result");
            view.put("resultsAvailableAt", quiz.due().toString());
        } else {
            view.set("result", result(attempt, context, presented));
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

    private ObjectNode result(AttemptRow attempt, QuizContext context, List<PresentedItem> presented) {
        List<ResponseRow> rows = responses.ofAttempt(attempt.id());
        Map<String, PresentedItem> shown = presented.stream().collect(Collectors.toMap(PresentedItem::key, Function.identity()));
        Map<String, ItemDefinition> items = context.definitions();
        ObjectNode result = json.createObjectNode();
        result.put("score", attempt.score() == null ? 0 : attempt.score());
        result.put("maxScore", attempt.maxScore() == null ? 0 : attempt.maxScore());
        if (attempt.passed() == null) {
            result.putNull("passed");
        } else {
            result.put("passed", attempt.passed());
        }
        ArrayNode list = result.putArray("items");
        for (ResponseRow row : rows) {
            ObjectNode item = list.addObject();
            item.put("key", row.itemKey());
            item.put("status", row.status().name());
            item.put("score", row.score());
            item.put("correct", row.status() == ResponseRow.ResponseStatus.GRADED && row.score() >= 1 - 1e-9);
            item.set("answer", row.answer() == null ? null : json.readTree(row.answer()));
            ItemDefinition definition = items.get(row.itemKey());
            if (definition != null && row.answer() != null && !definition.manual()) {
                JsonNode answer = json.readTree(row.answer());
                item.put("expected", ItemGrader.grade(definition, attempt.seed(), answer).expected());
            }
            PresentedItem shownItem = shown.get(row.itemKey());
            item.put("solution", shownItem == null || shownItem.solution() == null ? null : markdown.render(shownItem.solution()));
            item.put("feedback", row.feedback());
        }
        return result;
    }
}
