package io.pathwise.assessment.attempt;

import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.store.StoredItem;
import io.pathwise.assessment.store.StoredQuiz;
import io.pathwise.catalog.ActivitySummary;
import io.pathwise.catalog.CourseSummary;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A quiz with what grading and evidence need: its course, its catalog activity and the course's items. */
public record QuizContext(StoredQuiz quiz, CourseSummary course, ActivitySummary activity, Map<String, StoredItem> items) {

    /** The current definitions of the course's items, by key. */
    public Map<String, ItemDefinition> definitions() {
        Map<String, ItemDefinition> definitions = new LinkedHashMap<>();
        items.forEach((key, item) -> definitions.put(key, item.definition()));
        return definitions;
    }

    /** The version of each item's answer key, by item key: what a response is graded with. */
    public Map<String, Integer> keyVersions() {
        Map<String, Integer> versions = new LinkedHashMap<>();
        items.forEach((key, item) -> versions.put(key, item.version()));
        return versions;
    }

    /**
     * The items saved since the instant (an attempt's start): an answer to what the attempt showed
     * may no longer fit them, and is then kept and earns nothing rather than refusing the submission.
     */
    public Set<String> savedSince(Instant instant) {
        Set<String> saved = new HashSet<>();
        items.forEach((key, item) -> {
            if (item.updatedAt().isAfter(instant)) {
                saved.add(key);
            }
        });
        return saved;
    }
}
