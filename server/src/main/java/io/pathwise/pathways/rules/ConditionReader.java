package io.pathwise.pathways.rules;

import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.YamlMap;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one condition of a rule's {@code when}, checking the keys it names against the course. */
final class ConditionReader {

    static final List<String> KINDS = List.of("mastery", "attempts-at", "time");
    static final String DAYS_SINCE_START = "days-since-start";
    static final int MAX_DAYS = 3650;

    private final String file;
    private final CourseKeys keys;
    private final PackageProblems problems;

    ConditionReader(String file, CourseKeys keys, PackageProblems problems) {
        this.file = file;
        this.keys = keys;
        this.problems = problems;
    }

    /** The condition; null (with problems) when it is not a valid one. */
    Condition read(Node node) {
        YamlMap map = YamlMap.of(file, node, "each condition", problems);
        String kind = map == null ? null : RuleKinds.kind(map, KINDS, "condition", problems);
        if (kind == null) {
            return null;
        }
        Condition condition;
        switch (kind) {
            case "mastery":
                condition = mastery(map);
                break;
            case "attempts-at":
                condition = score(map);
                break;
            default:
                condition = time(map);
                break;
        }
        map.rejectUnknownKeys();
        return condition;
    }

    private Condition mastery(YamlMap map) {
        String skill = map.id("mastery");
        if (skill != null && !keys.isSkill(skill)) {
            problems.add(file, map.nodeOf("mastery"), "'" + skill + "' is not a skill of the course (skills.yaml)");
            skill = null;
        }
        Comparison known = ComparisonReader.decimals(map, "at-least", "below", 0, 1, problems);
        Integer minAnswers = map.has("answers-at-least") ? map.integer("answers-at-least", 1, 10_000) : Integer.valueOf(0);
        return skill == null || known == null || minAnswers == null ? null
                : new Condition.Mastery(skill, known, minAnswers);
    }

    private Condition score(YamlMap map) {
        String quiz = map.id("attempts-at");
        if (quiz != null && !keys.isQuiz(quiz)) {
            problems.add(file, map.nodeOf("attempts-at"), "'" + quiz + "' is not a quiz of the course: 'attempts-at' names "
                    + "an activity of type quiz");
            quiz = null;
        }
        Condition.Attempt attempt = Condition.Attempt.BEST;
        String which = map.string("attempt", false, 20);
        if ("latest".equals(which)) {
            attempt = Condition.Attempt.LATEST;
        } else if (which != null && !which.equals("best")) {
            problems.add(file, map.nodeOf("attempt"), "'attempt' must be best or latest");
            attempt = null;
        }
        Comparison scaled = ComparisonReader.decimals(map, "score-at-least", "score-below", 0, 1, problems);
        return quiz == null || attempt == null || scaled == null ? null : new Condition.Score(quiz, attempt, scaled);
    }

    private Condition time(YamlMap map) {
        String measure = map.string("time", true, 40);
        if (measure != null && !measure.equals(DAYS_SINCE_START)) {
            problems.add(file, map.nodeOf("time"), "'" + measure + "' is not a measure of time: use " + DAYS_SINCE_START);
            measure = null;
        }
        Comparison days = ComparisonReader.wholes(map, "at-least", "below", 0, MAX_DAYS, problems);
        return measure == null || days == null ? null : new Condition.Time(days);
    }
}
