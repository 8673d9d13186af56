package io.pathwise.assessment.attempt;

import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.ItemStore;
import io.pathwise.assessment.store.QuizStore;
import io.pathwise.assessment.store.StoredQuiz;
import io.pathwise.catalog.ActivityKind;
import io.pathwise.catalog.ActivitySummary;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.identity.CourseRole;
import io.pathwise.identity.IdentityApi;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds quizzes and attempts as a caller may see them. A course the caller cannot see, a quiz of
 * another tenant and an attempt of another learner are all "not found": nothing tells a caller
 * that someone else's work exists.
 */
@Component
public class QuizContexts {

    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final QuizStore quizzes;
    private final ItemStore items;

    QuizContexts(CatalogApi catalog, IdentityApi identity, QuizStore quizzes, ItemStore items) {
        this.catalog = catalog;
        this.identity = identity;
        this.quizzes = quizzes;
        this.items = items;
    }

    /** The quiz of a course's activity, for a caller who can see the course. */
    public QuizContext quiz(PathwisePrincipal caller, String courseSlug, String activityKey) {
        CourseSummary course = catalog.courseBySlug(caller, courseSlug);
        ActivitySummary activity = catalog.activity(course, activityKey).activity();
        if (activity.kind() != ActivityKind.QUIZ) {
            throw ApiException.notFound("Quiz " + activityKey);
        }
        StoredQuiz quiz = quizzes.find(course.id(), activityKey).orElseThrow(() -> ApiException.notFound("Quiz " + activityKey));
        return new QuizContext(quiz, course, activity, items.ofCourse(course.id()));
    }

    /** The quiz an attempt belongs to, for a caller who can see the course. */
    public QuizContext quizOf(PathwisePrincipal caller, AttemptRow attempt) {
        StoredQuiz quiz = quizzes.find(attempt.quizId()).orElseThrow(() -> ApiException.notFound("Attempt " + attempt.id()));
        CourseSummary course = catalog.course(caller, quiz.courseId());
        return new QuizContext(quiz, course, storedActivity(quiz), items.ofCourse(course.id()));
    }

    /** The quiz an attempt belongs to, for work the system does on its own (no caller). */
    public QuizContext quizOfForSystem(AttemptRow attempt) {
        StoredQuiz quiz = quizzes.find(attempt.quizId()).orElseThrow();
        CourseSummary course = catalog.courseForSystem(quiz.tenantId(), quiz.courseId()).orElseThrow();
        return new QuizContext(quiz, course, storedActivity(quiz), items.ofCourse(course.id()));
    }

    /**
     * The quiz's activity as recorded at the last import: an attempt keeps working (submitted,
     * closed, graded, recorded) even after its activity left the course.
     */
    private static ActivitySummary storedActivity(StoredQuiz quiz) {
        return new ActivitySummary(null, quiz.definition().activityKey(), quiz.activityIri(), quiz.title(), ActivityKind.QUIZ,
                0, List.of(), List.of(), 3, io.pathwise.catalog.ActivitySupport.NONE);
    }

    /** Whether the caller sees every learner's work in the course: its staff and tenant admins. */
    public boolean isStaff(PathwisePrincipal caller, UUID courseId) {
        return caller.tenantAdmin() || identity.roleIn(caller.userId(), courseId).map(CourseRole::isStaff).orElse(false);
    }

    /** The caller's role in the course, if they are a member. */
    public Optional<CourseRole> role(PathwisePrincipal caller, UUID courseId) {
        return identity.roleIn(caller.userId(), courseId);
    }

    /** Requires that the caller may see every learner's work in the course. */
    public void requireStaff(PathwisePrincipal caller, UUID courseId) {
        if (!isStaff(caller, courseId)) {
            throw ApiException.forbidden("Only the course's instructors, teaching assistants and tenant admins may do this.");
        }
    }
}
