package io.pathwise.assessment.packaging;

import io.pathwise.assessment.attempt.Regrader;
import io.pathwise.assessment.authoring.AssessmentPackageReader;
import io.pathwise.assessment.authoring.AssessmentPackageWriter;
import io.pathwise.assessment.store.ItemStore;
import io.pathwise.assessment.store.QuizStore;
import io.pathwise.assessment.store.StoredItem;
import io.pathwise.assessment.store.StoredQuiz;
import io.pathwise.catalog.ActivityKind;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CoursePackageSection;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.PackagedCourse;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The {@code assessment/} folder of a course package: item banks and quiz settings, checked with
 * the rest of the package, stored with the course, written back on export. An import that changes
 * an item's answer key regrades the attempts that asked it.
 */
@Component
class AssessmentPackageSection implements CoursePackageSection {

    private final ItemStore items;
    private final QuizStore quizzes;
    private final Regrader regrader;
    private final CatalogApi catalog;

    AssessmentPackageSection(ItemStore items, QuizStore quizzes, Regrader regrader, CatalogApi catalog) {
        this.catalog = catalog;
        this.items = items;
        this.quizzes = quizzes;
        this.regrader = regrader;
    }

    @Override
    public List<FieldProblem> check(PackageFiles files, PackagedCourse course) {
        return read(files, course).problems();
    }

    @Override
    public void store(PackageFiles files, PackagedCourse course, UUID tenantId, UUID courseId, UUID importedBy) {
        AssessmentPackageReader.Result result = read(files, course);
        quizzes.replace(tenantId, courseId, result.quizzes());
        CourseSummary stored = catalog.courseForSystem(tenantId, courseId).orElseThrow();
        catalog.outline(stored).units().forEach(unit -> unit.activities().stream()
                .filter(activity -> activity.kind() == ActivityKind.QUIZ)
                .forEach(activity -> quizzes.describe(courseId, activity.key(), activity.iri(), activity.title())));
        List<ItemStore.KeyChange> changes = items.save(tenantId, courseId, result.items(), true);
        regrader.regrade(tenantId, courseId, changes, importedBy);
    }

    @Override
    public Map<String, byte[]> export(UUID courseId) {
        Map<String, String> unreadable = items.unreadable(courseId);
        if (!unreadable.isEmpty()) {
            // Leaving them out would lose them at the next import of this package, which removes absent items.
            throw new ApiException(HttpStatus.CONFLICT, "Items cannot be exported", "Stored item(s) "
                    + String.join(", ", unreadable.keySet()) + " no longer read; save each again (PUT its item) "
                    + "and export then.");
        }
        return AssessmentPackageWriter.write(items.ofCourse(courseId).values().stream().map(StoredItem::definition).toList(),
                quizzes.ofCourse(courseId).stream().map(StoredQuiz::definition).toList());
    }

    private static AssessmentPackageReader.Result read(PackageFiles files, PackagedCourse course) {
        Map<String, List<String>> quizActivities = new LinkedHashMap<>();
        course.activitiesOf(ActivityKind.QUIZ).forEach(quiz -> quizActivities.put(quiz.key(), quiz.assesses()));
        return AssessmentPackageReader.read(files, new HashSet<>(course.skillKeys()), quizActivities);
    }
}
