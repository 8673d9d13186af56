package io.pathwise.pathways.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.shared.problem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule language as an author meets it: good rules read into the model, each mistake named with its line. */
class RulesReaderTest {

    private static final CourseKeys KEYS = new CourseKeys(
            Set.of("adding-unlike-denominators", "adding-like", "equivalent-fractions"),
            Set.of("adding-like-denominators", "adding-subtracting-quiz", "decimals-lesson"),
            Set.of("adding-subtracting-quiz"),
            Set.of("basics", "decimals"));

    private static final String EXAMPLE = """
            rules:
              - id: struggling-with-adding
                when:                      # all conditions must hold
                  - mastery: adding-unlike-denominators
                    below: 0.4
                  - attempts-at: adding-subtracting-quiz
                    score-below: 0.5
                then:
                  - alert: "{learner} is struggling with adding fractions"
                  - recommend: adding-like-denominators
                    reason: "Go back to adding with the same denominator first."
              - id: ready-for-decimals
                when:
                  - mastery: equivalent-fractions
                    at-least: 0.95
                    answers-at-least: 3
                  - attempts-at: adding-subtracting-quiz
                    attempt: latest
                    score-at-least: 0.6
                    score-below: 0.9
                  - time: days-since-start
                    at-least: 7
                then:
                  - unlock: decimals
            """;

    @Test
    void readsTheExampleIntoRulesWithTheirConditionsAndActions() {
        RulesReader.Result result = RulesReader.parse(EXAMPLE, KEYS);

        assertThat(result.problems()).isEmpty();
        List<Rule> rules = result.rules().rules();
        assertThat(rules).extracting(Rule::id).containsExactly("struggling-with-adding", "ready-for-decimals");
        assertThat(rules.get(0).when()).containsExactly(
                new Condition.Mastery("adding-unlike-denominators", new Comparison(null, 0.4), 0),
                new Condition.Score("adding-subtracting-quiz", Condition.Attempt.BEST, new Comparison(null, 0.5)));
        assertThat(rules.get(0).then()).containsExactly(
                new Action.Alert("{learner} is struggling with adding fractions"),
                new Action.Recommend("adding-like-denominators", "Go back to adding with the same denominator first."));
        assertThat(rules.get(1).when()).containsExactly(
                new Condition.Mastery("equivalent-fractions", new Comparison(0.95, null), 3),
                new Condition.Score("adding-subtracting-quiz", Condition.Attempt.LATEST, new Comparison(0.6, 0.9)),
                new Condition.Time(new Comparison(7.0, null)));
        assertThat(rules.get(1).then()).containsExactly(new Action.Unlock("decimals"));
        assertThat(result.rules().lockedUnits()).containsExactly("decimals");
        assertThat(result.source()).isEqualTo(EXAMPLE);
    }

    @Test
    void aPackageWithoutARulesFileHasNoRules() {
        RulesReader.Result result = RulesReader.read(files(Map.of("course.yaml", "id: x\n")), KEYS);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rules().isEmpty()).isTrue();
        assertThat(result.source()).isNull();
    }

    @Test
    void aRecommendationWithoutAReasonGetsTheDefaultOne() {
        Rule rule = RulesReader.parse(rule("- mastery: adding-like\n    below: 0.5", "- recommend: decimals-lesson"), KEYS)
                .rules().rules().get(0);

        assertThat(rule.actions(Action.Recommend.class).get(0).reasonOrDefault())
                .isEqualTo(Action.Recommend.DEFAULT_REASON);
    }

    @Test
    void refusesAnUnknownSkillActivityQuizOrUnitOnItsLine() {
        String text = """
                rules:
                  - id: typo
                    when:
                      - mastery: adding-unlike
                        below: 0.4
                      - attempts-at: adding-like-denominators
                        score-below: 0.5
                    then:
                      - recommend: adding-like-denominator
                      - unlock: fractions-and-decimals
                """;

        assertThat(problems(text)).containsExactly(
                problem(4, "'adding-unlike' is not a skill of the course (skills.yaml)"),
                problem(6, "'adding-like-denominators' is not a quiz of the course: 'attempts-at' names an activity of type quiz"),
                problem(9, "'adding-like-denominator' is not an activity of the course"),
                problem(10, "'fractions-and-decimals' is not a unit of the course (course.yaml 'units')"));
    }

    @Test
    void refusesUnknownKindsOfConditionAndAction() {
        String text = """
                rules:
                  - id: kinds
                    when:
                      - mastry: adding-like
                        below: 0.4
                    then:
                      - email: "teacher@example.org"
                """;

        assertThat(problems(text)).containsExactly(
                problem(4, "'mastry' is not a kind of condition: use mastery, attempts-at or time"),
                problem(7, "'email' is not a kind of action: use alert, recommend or unlock"));
    }

    @Test
    void refusesAConditionWithTwoKinds() {
        assertThat(problems(rule("- mastery: adding-like\n    attempts-at: adding-subtracting-quiz\n    below: 0.4",
                "- unlock: basics"))).containsExactly(
                problem(5, "each condition has one kind, but this one names 'mastery' and 'attempts-at': write them as "
                        + "two conditions"));
    }

    @Test
    void refusesNumbersOutOfRangeAndBoundsNothingCouldMeet() {
        String text = """
                rules:
                  - id: numbers
                    when:
                      - mastery: adding-like
                        below: 1.5
                      - attempts-at: adding-subtracting-quiz
                        score-at-least: 0.8
                        score-below: 0.5
                      - time: days-since-start
                        at-least: 2.5
                      - mastery: equivalent-fractions
                        below: 0
                      - mastery: adding-unlike-denominators
                    then:
                      - unlock: basics
                """;

        assertThat(problems(text)).containsExactly(
                problem(5, "'below' must be a number from 0 to 1"),
                problem(7, "'score-at-least' must be less than 'score-below': no value is at least 0.8 and below 0.5"),
                problem(10, "'at-least' must be a whole number from 0 to 3650"),
                problem(12, "'below' must be more than 0: nothing is below 0, so the rule could never fire"),
                problem(13, "this condition needs 'at-least' or 'below' (or both)"));
    }

    @Test
    void refusesARuleIdUsedTwice() {
        String text = """
                rules:
                  - id: twice
                    when: [{mastery: adding-like, below: 0.4}]
                    then: [{unlock: basics}]
                  - id: twice
                    when: [{mastery: adding-like, at-least: 0.9}]
                    then: [{unlock: decimals}]
                """;

        RulesReader.Result result = RulesReader.parse(text, KEYS);

        assertThat(result.problems()).containsExactly(
                problem(5, "rule id 'twice' is used twice (first on line 2); each rule needs its own id"));
    }

    @Test
    void refusesEmptyOrMissingConditionsAndActions() {
        String text = """
                rules:
                  - id: nothing-to-check
                    when: []
                    then:
                      - unlock: basics
                  - id: nothing-to-do
                    when:
                      - mastery: adding-like
                        below: 0.4
                    then: []
                  - id: no-when
                    then:
                      - unlock: basics
                """;

        assertThat(problems(text)).containsExactly(
                problem(3, "'when' must list at least one condition"),
                problem(10, "'then' must list at least one action"),
                problem(11, "'when' is required"));
    }

    @Test
    void refusesUnknownKeysBadChoicesAndPlaceholders() {
        String text = """
                rules:
                  - id: details
                    description: not a key of rules
                    when:
                      - attempts-at: adding-subtracting-quiz
                        attempt: worst
                        score-below: 0.5
                      - time: days-since-login
                        at-least: 3
                      - mastery: adding-like
                        below: 0.4
                        above: 0.1
                    then:
                      - alert: "{student} needs help with {skill}"
                      - unlock: basics
                        reason: "unlocks take no reason"
                """;

        assertThat(problems(text)).containsExactly(
                problem(6, "'attempt' must be best or latest"),
                problem(8, "'days-since-login' is not a measure of time: use days-since-start"),
                problem(12, "'above' is not a known key here"),
                problem(14, "'{student}' is not a placeholder: an alert may name {learner}, the learner's name"),
                problem(16, "'reason' is not a known key here"),
                problem(3, "'description' is not a known key here"));
    }

    @Test
    void refusesAFileThatIsNotYamlOrHasNoRulesList() {
        assertThat(problems("rules:\n  - id: [unclosed\n")).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("is not valid YAML"));
        assertThat(problems("rule: []\n")).containsExactly(problem(1, "'rules' is required"),
                problem(1, "'rule' is not a known key here"));
    }

    @Test
    void refusesOtherFilesInThePathwaysFolder() {
        RulesReader.Result result = RulesReader.read(files(Map.of("pathways/rules.yml", "rules: []\n")), KEYS);

        assertThat(result.problems()).containsExactly(new FieldProblem("pathways/rules.yml",
                "is not a pathways file: the rules live in pathways/rules.yaml", null));
    }

    private static String rule(String condition, String action) {
        return "rules:\n  - id: one\n    when:\n    " + condition.replace("\n", "\n  ") + "\n    then:\n    " + action + "\n";
    }

    private static List<FieldProblem> problems(String text) {
        return RulesReader.parse(text, KEYS).problems();
    }

    private static FieldProblem problem(int line, String reason) {
        return new FieldProblem(RulesReader.FILE, reason, line);
    }

    private static PackageFiles files(Map<String, String> texts) {
        return PackageFiles.of(texts.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().getBytes(StandardCharsets.UTF_8))));
    }
}
