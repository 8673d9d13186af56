package io.pathwise.assessment.authoring;

import static io.pathwise.assessment.authoring.ItemProblems.assertProblem;
import static io.pathwise.assessment.authoring.ItemProblems.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.assessment.item.QuizDefinition.FeedbackPolicy;
import io.pathwise.assessment.item.QuizDefinition.QuizMode;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.shared.problem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rules across the files of the assessment folder: unique item ids, quizzes and their activities, draws. */
class AssessmentFolderRulesTest {

    private static final String BANK = "assessment/items/halves.yaml";
    private static final String OTHER_BANK = "assessment/items/amounts.yaml";
    private static final String QUIZ = "assessment/quizzes/halves-quiz.yaml";
    private static final Set<String> SKILLS = Set.of("equivalent-fractions", "fraction-of-an-amount");
    private static final Map<String, List<String>> ACTIVITIES = Map.of("halves-quiz", List.of("equivalent-fractions"));

    private final Map<String, String> files = new TreeMap<>(Map.of(
            BANK, "items:\n" + item("half-a", "equivalent-fractions") + item("half-b", "equivalent-fractions")
                    + item("half-c", "equivalent-fractions"),
            OTHER_BANK, "items:\n" + item("amount-a", "fraction-of-an-amount"),
            QUIZ, """
                    mode: graded
                    items: [half-a]
                    draws:
                      - { skill: equivalent-fractions, count: 2 }
                    """));

    @Test
    void aValidFolderGivesItsItemsAndAGradedQuizWithTheDefaultSettings() {
        AssessmentPackageReader.Result result = read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(item -> item.key()).containsExactly("amount-a", "half-a", "half-b", "half-c");
        assertThat(result.quizzes()).containsExactly(new QuizDefinition("halves-quiz", QuizMode.GRADED, null, null, null,
                null, FeedbackPolicy.AFTER_SUBMISSION, 0.7, false, List.of("half-a"),
                List.of(new QuizDefinition.Draw("equivalent-fractions", 2))));
    }

    @Test
    void aPracticeQuizGivesImmediateFeedbackByDefaultAndRefusesAnAttemptLimit() {
        files.put(QUIZ, "mode: practice\nitems: [half-a]\n");
        assertThat(read().quizzes().get(0).feedback()).isEqualTo(FeedbackPolicy.IMMEDIATE);

        files.put(QUIZ, "mode: practice\nattempts: 3\nitems: [half-a]\n");
        assertProblem(read().problems(), QUIZ, 2, "a practice quiz allows unlimited attempts");
    }

    @Test
    void anItemIdUsedInTwoBankFilesIsRefusedNamingWhereItWasFirstUsed() {
        files.put(BANK, files.get(BANK) + item("amount-a", "fraction-of-an-amount"));

        // Banks are read in file name order: amounts.yaml before halves.yaml.
        assertProblem(read().problems(), BANK, lineOf(files.get(BANK), "id: amount-a"),
                "item id 'amount-a' is already used at " + OTHER_BANK + ":" + lineOf(files.get(OTHER_BANK), "id: amount-a"));
    }

    @Test
    void aQuizFileWithoutItsQuizActivityAndAQuizActivityWithoutItsFileAreBothRefused() {
        files.put("assessment/quizzes/final-quiz.yaml", "mode: graded\nitems: [half-a]\n");
        files.remove(QUIZ);

        List<FieldProblem> problems = read().problems();

        assertProblem(problems, "assessment/quizzes/final-quiz.yaml", 1, "no activity 'final-quiz' of type quiz");
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo(QUIZ);
            assertThat(problem.reason()).contains("activity 'halves-quiz' is a quiz and needs its quiz file");
        });
    }

    @Test
    void aBankSavedAsYmlIsRefusedInsteadOfBeingIgnored() {
        files.put("assessment/items/more.yml", "items: []\n");

        assertThat(read().problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("assessment/items/more.yml");
            assertThat(problem.reason()).contains("is not an assessment file");
        });
    }

    @Test
    void everyQuizSettingOutOfRangeIsRefusedAtItsOwnLine() {
        String quiz = """
                mode: exam
                time-limit-minutes: 0
                attempts: 101
                opens: 2026-09-30T22:00:00Z
                due: 2026-09-01T08:00:00+02:00
                feedback: later
                passing-score: 1.5
                shuffle-items: maybe
                items: [half-a, half-a, half-z, amount-a]
                colour: blue
                """;
        files.put(QUIZ, quiz);

        List<FieldProblem> problems = read().problems();

        assertProblem(problems, QUIZ, lineOf(quiz, "mode:"), "'mode' must be graded or practice");
        assertProblem(problems, QUIZ, lineOf(quiz, "time-limit"), "from 1 to 600");
        assertProblem(problems, QUIZ, lineOf(quiz, "attempts:"), "from 1 to 100");
        assertProblem(problems, QUIZ, lineOf(quiz, "due:"), "'due' must be after 'opens'");
        assertProblem(problems, QUIZ, lineOf(quiz, "feedback:"), "immediate or after-submission or after-due");
        assertProblem(problems, QUIZ, lineOf(quiz, "passing-score:"), "from 0 to 1");
        assertProblem(problems, QUIZ, lineOf(quiz, "shuffle-items:"), "true or false");
        assertProblem(problems, QUIZ, lineOf(quiz, "items: ["), "lists 'half-a' twice");
        assertProblem(problems, QUIZ, lineOf(quiz, "items: ["), "'half-z', which is not an item");
        assertProblem(problems, QUIZ, lineOf(quiz, "items: ["), "item 'amount-a' is tagged [fraction-of-an-amount], none of which");
        assertProblem(problems, QUIZ, lineOf(quiz, "colour:"), "'colour' is not a known key");
    }

    @Test
    void aDrawNeedsEnoughItemsOfItsSkillBesidesTheFixedOnes() {
        String quiz = "mode: graded\nitems: [half-a, half-b]\ndraws:\n  - { skill: equivalent-fractions, count: 2 }\n";
        files.put(QUIZ, quiz);

        assertProblem(read().problems(), QUIZ, 4, "needs 2 items tagged with it that are not among 'items'; there are 1");
    }

    @Test
    void aDrawFromASkillTheActivityDoesNotAssessOrThatDoesNotExistIsRefused() {
        String quiz = """
                mode: graded
                draws:
                  - { skill: fraction-of-an-amount, count: 1 }
                  - { skill: long-division, count: 1 }
                """;
        files.put(QUIZ, quiz);

        List<FieldProblem> problems = read().problems();

        assertProblem(problems, QUIZ, 3, "'fraction-of-an-amount' is not one the quiz activity assesses");
        assertProblem(problems, QUIZ, 4, "'long-division' is not a skill of skills.yaml");
    }

    @Test
    void anAfterDueFeedbackWithoutADueDateIsRefusedBecauseNoOneWouldEverSeeResults() {
        files.put(QUIZ, "mode: graded\nfeedback: after-due\nitems: [half-a]\n");

        assertProblem(read().problems(), QUIZ, 2, "needs a 'due' date");
    }

    @Test
    void aQuizWithoutItemsOrWithMoreThanAHundredIsRefused() {
        files.put(QUIZ, "mode: graded\n");
        assertProblem(read().problems(), QUIZ, 1, "a quiz needs 'items' or 'draws'");

        files.put(BANK, "items:\n" + IntStream.range(0, 101).mapToObj(i -> item("half-" + i, "equivalent-fractions"))
                .collect(Collectors.joining()));
        files.put(QUIZ, "mode: graded\ndraws: [{ skill: equivalent-fractions, count: 50 }]\nitems: ["
                + IntStream.range(0, 51).mapToObj(i -> "half-" + i).collect(Collectors.joining(", ")) + "]\n");
        assertProblem(read().problems(), QUIZ, 1, "a quiz asks 1 to 100 items; this one asks 101");
    }

    @Test
    void aBrokenItemIsReportedOnceAndNotAgainByTheQuizThatUsesIt() {
        files.put(BANK, files.get(BANK).replaceFirst("type: numeric", "type: numerical"));

        List<FieldProblem> problems = read().problems();

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.reason()).contains("'type' must be"));
    }

    @Test
    void aCourseWithMoreThanTwoThousandItemsIsRefused() {
        files.put(OTHER_BANK, "items:\n" + IntStream.range(0, AssessmentPackageReader.MAX_ITEMS)
                .mapToObj(i -> item("amount-" + i, "fraction-of-an-amount")).collect(Collectors.joining()));

        assertThat(read().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(BANK);
            assertThat(problem.reason()).contains("at most 2000 items");
        });
    }

    @Test
    void aQuizFileStringWithACharacterACourseFileCannotHoldIsRefusedWithItsLine() {
        // An escape in a quoted string is the only way such a character gets past the YAML reader.
        files.put(QUIZ, "mode: graded\nitems: [half-a]\ndraws:\n  - { skill: \"equivalent-fractions\\x07\", count: 2 }\n");

        assertProblem(read().problems(), QUIZ, 4, "'draws[0].skill' contains U+0007", "which a course file cannot hold");
    }

    private AssessmentPackageReader.Result read() {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return AssessmentPackageReader.read(PackageFiles.of(bytes), SKILLS, ACTIVITIES);
    }

    private static String item(String id, String skill) {
        return """
                  - id: %s
                    type: numeric
                    skills: [%s]
                    prompt: What is half of 8?
                    answer: 4
                """.formatted(id, skill);
    }
}
