package io.pathwise.assessment.attempt;

import io.pathwise.assessment.grading.ItemActivity;
import io.pathwise.assessment.item.Draws;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemGrader;
import io.pathwise.assessment.item.PresentedItem;
import io.pathwise.shared.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Checks answers against the attempt before anything is stored: every answer must be for an item
 * of the attempt and have that item's shape. All problems are reported, each naming its item.
 */
final class AnswerCheck {

    /** The most an answer may take as JSON: what its column holds. */
    static final int MAX_ANSWER_CHARS = 30_000;

    private AnswerCheck() {
    }

    /**
     * The problems of answers and activity sent for an attempt. An answer that does not fit an item
     * saved since the attempt started ({@code changed}) is no problem: it answers what the attempt
     * showed (a choice since removed, say), and grading keeps it with no credit.
     */
    static List<FieldProblem> problems(List<PresentedItem> presented, Map<String, ItemDefinition> items, Draws draws,
            Set<String> changed, Map<String, JsonNode> answers, Map<String, ItemActivity> activity) {
        Set<String> asked = presented.stream().map(PresentedItem::key).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        answers.forEach((key, answer) -> {
            if (answer != null && answer.toString().length() > MAX_ANSWER_CHARS) {
                problems.add(new FieldProblem("answers." + key, "is longer than " + MAX_ANSWER_CHARS + " characters as JSON"));
            } else if (!asked.contains(key)) {
                problems.add(new FieldProblem("answers." + key, "is not an item of this attempt"));
            } else if (answer != null && !answer.isNull() && items.containsKey(key) && !changed.contains(key)) {
                ItemGrader.checkShape(items.get(key), draws, answer)
                        .ifPresent(reason -> problems.add(new FieldProblem("answers." + key, reason)));
            }
        });
        activity.forEach((key, measured) -> {
            if (!asked.contains(key)) {
                problems.add(new FieldProblem("items." + key, "is not an item of this attempt"));
            } else if (measured.hintsUsed() < 0 || measured.hintsUsed() > 100) {
                problems.add(new FieldProblem("items." + key + ".hintsUsed", "must be from 0 to 100"));
            } else if (measured.seconds() < 0 || measured.seconds() > 86_400) {
                problems.add(new FieldProblem("items." + key + ".seconds", "must be from 0 to 86400"));
            } else if (measured.tries() < 1 || measured.tries() > 100) {
                problems.add(new FieldProblem("items." + key + ".attempts", "must be from 1 to 100"));
            }
        });
        return problems;
    }
}
