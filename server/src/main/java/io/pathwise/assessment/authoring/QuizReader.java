package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.assessment.item.QuizDefinition.Draw;
import io.pathwise.assessment.item.QuizDefinition.FeedbackPolicy;
import io.pathwise.assessment.item.QuizDefinition.QuizMode;
import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.YamlMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one quiz file ({@code assessment/quizzes/<activity>.yaml}) and holds it against the items
 * of the course: fixed items must exist, and every draw must have enough items left to draw from,
 * so that no attempt can ever come up short.
 */
final class QuizReader {

    static final int MAX_QUIZ_ITEMS = 100;
    static final int MAX_DRAW = 50;
    static final double DEFAULT_PASSING_SCORE = 0.7;

    private final YamlMap quiz;
    private final String file;
    private final Map<String, List<String>> itemSkills;
    private final Set<String> skillKeys;
    private final PackageProblems problems;

    /**
     * @param itemSkills every item id of the course (also of items with problems, so that one broken
     *        item is not reported again by each quiz that uses it) to the skills it is tagged with
     */
    QuizReader(YamlMap quiz, Map<String, List<String>> itemSkills, Set<String> skillKeys, PackageProblems problems) {
        this.quiz = quiz;
        this.file = quiz.file();
        this.itemSkills = itemSkills;
        this.skillKeys = skillKeys;
        this.problems = problems;
    }

    /**
     * Reads the quiz of {@code activityKey}; null when it has problems (all reported).
     *
     * @param assessed the skills the catalog activity assesses, or null when there is no such activity
     */
    QuizDefinition read(String activityKey, List<String> assessed) {
        int before = problems.list().size();
        QuizMode mode = choice("mode", QuizMode.class, true);
        Integer timeLimit = quiz.has("time-limit-minutes") ? quiz.integer("time-limit-minutes", 1, 600) : null;
        Integer attempts = quiz.has("attempts") ? quiz.integer("attempts", 1, 100) : null;
        if (mode == QuizMode.PRACTICE && quiz.has("attempts")) {
            problems.add(file, quiz.nodeOf("attempts"), "a practice quiz allows unlimited attempts; remove 'attempts' or make it graded");
        }
        Instant opens = instant("opens");
        Instant due = instant("due");
        if (opens != null && due != null && !opens.isBefore(due)) {
            problems.add(file, quiz.nodeOf("due"), "'due' must be after 'opens'");
        }
        FeedbackPolicy feedback = choice("feedback", FeedbackPolicy.class, false);
        if (feedback == null && !quiz.has("feedback")) {
            feedback = mode == QuizMode.PRACTICE ? FeedbackPolicy.IMMEDIATE : FeedbackPolicy.AFTER_SUBMISSION;
        }
        if (feedback == FeedbackPolicy.AFTER_DUE && !quiz.has("due")) {
            problems.add(file, quiz.nodeOf("feedback"), "'feedback: after-due' needs a 'due' date, or learners never see their results");
        }
        Double passingScore = quiz.number("passing-score", false, 0, 1);
        Boolean shuffleItems = quiz.bool("shuffle-items");
        List<String> items = items(assessed);
        List<Draw> draws = draws(Set.copyOf(items), assessed);
        quiz.rejectUnknownKeys();
        int total = items.size() + draws.stream().mapToInt(Draw::count).sum();
        if (total == 0 && !quiz.has("items") && !quiz.has("draws")) {
            problems.add(file, quiz.node(), "a quiz needs 'items' or 'draws' (or both)");
        } else if (total == 0 || total > MAX_QUIZ_ITEMS) {
            problems.add(file, quiz.node(), "a quiz asks 1 to " + MAX_QUIZ_ITEMS + " items; this one asks " + total);
        }
        if (problems.list().size() > before) {
            return null;
        }
        return new QuizDefinition(activityKey, mode, timeLimit, attempts, opens, due, feedback,
                passingScore == null ? DEFAULT_PASSING_SCORE : passingScore, Boolean.TRUE.equals(shuffleItems), items, draws);
    }

    private List<String> items(List<String> assessed) {
        List<String> items = quiz.idList("items", false);
        Node node = quiz.keyOf("items");
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            if (!seen.add(item)) {
                problems.add(file, node, "'items' lists '" + item + "' twice");
            } else if (!itemSkills.containsKey(item)) {
                problems.add(file, node, "'items' names '" + item + "', which is not an item of assessment/items");
            } else if (assessed != null && itemSkills.get(item).stream().noneMatch(assessed::contains)) {
                problems.add(file, node, "item '" + item + "' is tagged " + itemSkills.get(item)
                        + ", none of which the quiz activity assesses " + assessed + " (its 'assesses' in unit.yaml)");
            }
        }
        return List.copyOf(new LinkedHashSet<>(items));
    }

    private List<Draw> draws(Set<String> fixed, List<String> assessed) {
        List<Draw> draws = new ArrayList<>();
        Set<String> skills = new HashSet<>();
        Set<String> pool = new HashSet<>();
        for (Node node : quiz.list("draws", false)) {
            YamlMap draw = YamlMap.of(file, node, "each draw", problems);
            if (draw == null) {
                continue;
            }
            String skill = draw.id("skill");
            Integer count = draw.integer("count", 1, MAX_DRAW);
            draw.rejectUnknownKeys();
            if (skill == null || count == null) {
                continue;
            }
            if (!skillKeys.contains(skill)) {
                problems.add(file, node, "draw skill '" + skill + "' is not a skill of skills.yaml");
                continue;
            }
            if (!skills.add(skill)) {
                problems.add(file, node, "skill '" + skill + "' is drawn from twice; use one draw with a larger 'count'");
                continue;
            }
            if (assessed != null && !assessed.contains(skill)) {
                problems.add(file, node, "draw skill '" + skill + "' is not one the quiz activity assesses " + assessed
                        + " (its 'assesses' in unit.yaml)");
            }
            List<String> candidates = itemSkills.entrySet().stream()
                    .filter(item -> item.getValue().contains(skill) && !fixed.contains(item.getKey()))
                    .map(Map.Entry::getKey).toList();
            if (candidates.size() < count) {
                problems.add(file, node, "draw of " + count + " from skill '" + skill + "' needs " + count
                        + " items tagged with it that are not among 'items'; there are " + candidates.size());
            }
            pool.addAll(candidates);
            draws.add(new Draw(skill, count));
        }
        int drawn = draws.stream().mapToInt(Draw::count).sum();
        if (draws.size() > 1 && pool.size() < drawn) {
            // Draws of different skills share items tagged with both; together they must still fit.
            problems.add(file, quiz.keyOf("draws"), "the draws ask " + drawn + " items in all, but only " + pool.size()
                    + " different items can be drawn");
        }
        return List.copyOf(draws);
    }

    /** One of an enum's values, written as in the package: lowercase with hyphens ({@code after-submission}). */
    private <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
        String text = quiz.string(key, required, 40);
        if (text == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            if (packageName(value).equals(text)) {
                return value;
            }
            names.add(packageName(value));
        }
        problems.add(file, quiz.nodeOf(key), "'" + key + "' must be " + String.join(" or ", names));
        return null;
    }

    static String packageName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Instant instant(String key) {
        String text = quiz.string(key, false, 40);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(file, quiz.nodeOf(key), "'" + key + "' must be a date and time with its offset, such as 2026-09-01T08:00:00Z");
            return null;
        }
    }
}
