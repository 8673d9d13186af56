package io.pathwise.assessment.attempt;

import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.store.StoredItem;
import io.pathwise.assessment.store.StoredQuiz;
import io.pathwise.catalog.ActivitySummary;
import io.pathwise.catalog.CourseSummary;
import java.util.LinkedHashMap;
import java.util.Map;

/** A quiz with what grading and evidence need: its course, its catalog activity and the course's items. */
public record QuizContext(StoredQuiz quiz, CourseSummary course, ActivitySummary activity, Map<String, StoredItem> items) {

    /** The current definitions of the course's items, by key. */
    public Map<String, ItemDefinition> definitions() {
        Map<String, ItemDefinition> definitions = new LinkedHashMap<>();
        items.forEach((key, item) -> definitions.put(key, item.definition()));
        return definitions;
    }
}
