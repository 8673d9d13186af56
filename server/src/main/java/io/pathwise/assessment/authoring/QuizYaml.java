package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.QuizDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A quiz in the package format ({@code assessment/quizzes/<activity>.yaml}): what export writes and
 * import reads back to the same quiz. The activity key is the file's name, so it is not a key here.
 */
public final class QuizYaml {

    private QuizYaml() {
    }

    /**
     * The quiz file's mapping, keys in the documented order. Mode, feedback, passing score and
     * item shuffling are always written, so the file says what the quiz does without the reader
     * having to know the defaults; unset limits and dates and empty lists are left out.
     */
    public static Map<String, Object> toMap(QuizDefinition quiz) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mode", QuizReader.packageName(quiz.mode()));
        putIfSet(map, "time-limit-minutes", quiz.timeLimitMinutes());
        putIfSet(map, "attempts", quiz.allowedAttempts());
        putIfSet(map, "opens", quiz.opens() == null ? null : quiz.opens().toString());
        putIfSet(map, "due", quiz.due() == null ? null : quiz.due().toString());
        map.put("feedback", QuizReader.packageName(quiz.feedback()));
        map.put("passing-score", quiz.passingScore());
        map.put("shuffle-items", quiz.shuffleItems());
        if (!quiz.items().isEmpty()) {
            map.put("items", quiz.items());
        }
        if (!quiz.draws().isEmpty()) {
            map.put("draws", quiz.draws().stream().map(draw -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("skill", draw.skill());
                entry.put("count", draw.count());
                return entry;
            }).toList());
        }
        return map;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
