package io.pathwise.pathways.rules;

import io.pathwise.catalog.ActivityKind;
import io.pathwise.catalog.CoursePackageSection;
import io.pathwise.catalog.PackagedCourse;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.PackageYaml;
import io.pathwise.catalog.packaging.YamlMap;
import io.pathwise.shared.problem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The {@code pathways/} folder of a course package: the instructor's rules, checked against the
 * course's skills, activities, quizzes and units with the rest of the package (a bad rule refuses
 * the whole import with its file, line and reason), stored with the course, exported unchanged.
 */
@Component
class RulesPackageSection implements CoursePackageSection {

    private final RuleStore store;

    RulesPackageSection(RuleStore store) {
        this.store = store;
    }

    @Override
    public List<FieldProblem> check(PackageFiles files, PackagedCourse course) {
        return RulesReader.read(files, keys(files, course)).problems();
    }

    @Override
    public void store(PackageFiles files, PackagedCourse course, UUID tenantId, UUID courseId, UUID importedBy) {
        RulesReader.Result result = RulesReader.read(files, keys(files, course));
        if (!result.isValid()) {
            throw new IllegalStateException("rules stored without being checked: " + result.problems());
        }
        store.replace(tenantId, courseId, result.source());
    }

    @Override
    public Map<String, byte[]> export(UUID courseId) {
        return store.source(courseId)
                .map(source -> Map.of(RulesReader.FILE, source.getBytes(StandardCharsets.UTF_8)))
                .orElse(Map.of());
    }

    private static CourseKeys keys(PackageFiles files, PackagedCourse course) {
        Set<String> activities = new HashSet<>();
        course.activities().forEach(activity -> activities.add(activity.key()));
        Set<String> quizzes = new HashSet<>();
        course.activitiesOf(ActivityKind.QUIZ).forEach(quiz -> quizzes.add(quiz.key()));
        return new CourseKeys(Set.copyOf(course.skillKeys()), activities, quizzes, units(files));
    }

    /**
     * The course's unit ids, from course.yaml: the catalog has checked that file before the sections
     * are asked, so it reads without problems here.
     */
    private static Set<String> units(PackageFiles files) {
        YamlMap course = PackageYaml.mapping(files, "course.yaml", "the course file", new PackageProblems());
        return course == null ? Set.of() : Set.copyOf(course.idList("units", false));
    }
}
