package io.pathwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.packaging.CoursePackage;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.catalog.packaging.PackageReader;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.support.PackageZips;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Rules of the package format that stop a package which would fail, or lose text, when stored. */
class PackageRulesTest {

    private static final String BASICS = "units/fraction-basics/unit.yaml";

    @Test
    void rejectsASkillListedTwiceInTeaches() {
        List<FieldProblem> problems = problemsAfter(BASICS,
                yaml -> yaml.replaceFirst("teaches: \\[([a-z-]+)\\]", "teaches: [$1, $1]"));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo(BASICS);
            assertThat(problem.reason()).contains("'teaches' lists").contains("twice");
        });
    }

    @Test
    void rejectsRawHtmlInAQuestionPromptWithTheLineOfTheYamlFile() {
        Map<String, String> files = fractions();
        String unit = files.get(BASICS);
        int promptLine = lineOf(unit, "prompt:");
        files.put(BASICS, unit.replaceFirst("prompt: ", "prompt: <b>Bold</b> "));

        List<FieldProblem> problems = problems(files);

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo(BASICS);
            assertThat(problem.reason()).contains("raw HTML");
            assertThat(problem.line()).isEqualTo(promptLine);
        });
    }

    @Test
    void rejectsAMarkdownTextTooLongToStore() {
        Map<String, String> files = fractions();
        files.put("description.md", "a".repeat(PackageReader.MAX_MARKDOWN_CHARS + 1));

        assertThat(problems(files)).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("description.md");
            assertThat(problem.reason()).contains("longer than");
        });
    }

    @Test
    void rejectsACourseIdThatClashesWithAPageAddress() {
        List<FieldProblem> problems = problemsAfter("course.yaml", yaml -> yaml.replace("id: fractions", "id: import"));

        assertThat(problems).anySatisfy(problem -> assertThat(problem.reason()).contains("cannot be 'import'"));
    }

    @Test
    void rejectsADifficultyOutsideOneToFiveAndAnUnknownSupport() {
        List<FieldProblem> problems = problemsAfter(BASICS, yaml -> yaml.replaceFirst("(\\n    minutes: \\d+)",
                "$1\n    difficulty: 6\n    support: hint-sheet"));

        assertThat(problems).anySatisfy(problem -> assertThat(problem.reason())
                .contains("'difficulty' must be a whole number from 1 to 5"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem.reason())
                .contains("'support' must be easier-step or worked-example"));
    }

    @Test
    void readsDifficultyAndSupportAndDefaultsToAverageOrdinaryActivities() {
        Map<String, String> files = fractions();
        files.put(BASICS, files.get(BASICS).replaceFirst("(\\n    minutes: \\d+)", "$1\n    difficulty: 2\n    support: worked-example"));
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));

        PackageReader.Result read = PackageReader.read(PackageFiles.of(bytes));

        assertThat(read.problems()).isEmpty();
        List<CoursePackage.Activity> activities = read.coursePackage().units().stream().flatMap(u -> u.activities().stream()).toList();
        assertThat(activities.get(0).difficulty()).isEqualTo(2);
        assertThat(activities.get(0).support()).isEqualTo(ActivitySupport.WORKED_EXAMPLE);
        assertThat(activities.subList(1, activities.size())).allSatisfy(a -> {
            assertThat(a.difficulty()).isEqualTo(3);
            assertThat(a.support()).isEqualTo(ActivitySupport.NONE);
        });
    }

    private static List<FieldProblem> problemsAfter(String file, UnaryOperator<String> change) {
        Map<String, String> files = fractions();
        String changed = change.apply(files.get(file));
        assertThat(changed).as("the test changed " + file).isNotEqualTo(files.get(file));
        files.put(file, changed);
        return problems(files);
    }

    private static List<FieldProblem> problems(Map<String, String> files) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return PackageReader.read(PackageFiles.of(bytes)).problems();
    }

    private static Map<String, String> fractions() {
        return new TreeMap<>(PackageZips.fractions());
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("- " + start) || lines[i].trim().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not found");
    }
}
