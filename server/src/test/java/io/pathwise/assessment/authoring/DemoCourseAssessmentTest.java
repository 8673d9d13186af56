package io.pathwise.assessment.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemType;
import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.assessment.item.QuizDefinition.QuizMode;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.support.PackageZips;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo course's quizzes (examples/courses/fractions/assessment) are valid and show what the
 * format can do, so a fresh install has working quizzes of every kind to try.
 */
class DemoCourseAssessmentTest {

    private final PackageFiles fractions = PackageFiles.fromFolder(PackageZips.FRACTIONS);

    @Test
    void theDemoCourseAssessmentFolderHasNoProblems() {
        assertThat(read().problems()).isEmpty();
    }

    @Test
    void theDemoCourseHasAQuizInFourOrMoreUnitsAndOverFortyItemsOfEveryType() {
        AssessmentPackageReader.Result result = read();

        assertThat(quizActivities()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(result.items()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(result.items()).extracting(ItemDefinition::type).containsAll(List.of(ItemType.values()));
        assertThat(result.items()).filteredOn(item -> !item.parameters().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(result.items()).allSatisfy(item -> {
            assertThat(item.hints()).as(item.key() + " has hints").isNotEmpty();
            assertThat(item.solution()).as(item.key() + " has a worked solution").isNotBlank();
        });
    }

    @Test
    void theDemoQuizzesShowDrawsATimeLimitPracticeAndAManualItemAndAreAlwaysOpen() {
        AssessmentPackageReader.Result result = read();
        Set<String> manual = result.items().stream().filter(ItemDefinition::manual).map(ItemDefinition::key)
                .collect(Collectors.toSet());

        assertThat(result.quizzes()).anySatisfy(quiz -> assertThat(quiz.draws()).isNotEmpty());
        assertThat(result.quizzes()).anySatisfy(quiz -> assertThat(quiz.timeLimitMinutes()).isEqualTo(15));
        assertThat(result.quizzes()).anySatisfy(quiz -> assertThat(quiz.mode()).isEqualTo(QuizMode.PRACTICE));
        assertThat(result.quizzes()).anySatisfy(quiz -> {
            assertThat(quiz.mode()).isEqualTo(QuizMode.GRADED);
            assertThat(quiz.items()).containsAnyElementsOf(manual);
        });
        assertThat(result.quizzes()).extracting(QuizDefinition::opens).containsOnlyNulls();
        assertThat(result.quizzes()).extracting(QuizDefinition::due).containsOnlyNulls();
    }

    @Test
    void theDemoAssessmentFolderReadsBackTheSameAfterExport() {
        AssessmentPackageReader.Result result = read();

        AssessmentPackageReader.Result again = AssessmentPackageReader.read(
                PackageFiles.of(AssessmentPackageWriter.write(result.items(), result.quizzes())), skills(), quizActivities());

        assertThat(again.problems()).isEmpty();
        assertThat(again.items()).containsExactlyInAnyOrderElementsOf(result.items());
        assertThat(again.quizzes()).containsExactlyElementsOf(result.quizzes());
    }

    private AssessmentPackageReader.Result read() {
        return AssessmentPackageReader.read(fractions, skills(), quizActivities());
    }

    private Set<String> skills() {
        List<Map<String, Object>> skills = list(yaml("skills.yaml").get("skills"));
        return skills.stream().map(skill -> (String) skill.get("id")).collect(Collectors.toSet());
    }

    /** The activities of type quiz in the units, read here until the catalog reads them. */
    private Map<String, List<String>> quizActivities() {
        Map<String, List<String>> quizzes = new LinkedHashMap<>();
        for (Object unit : (List<?>) yaml("course.yaml").get("units")) {
            List<Map<String, Object>> activities = list(yaml("units/" + unit + "/unit.yaml").get("activities"));
            for (Map<String, Object> activity : activities) {
                if ("quiz".equals(activity.get("type"))) {
                    quizzes.put((String) activity.get("id"), list(activity.get("assesses")));
                }
            }
        }
        return quizzes;
    }

    private Map<String, Object> yaml(String path) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(fractions.get(path), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }
}
