package io.pathwise.catalog;

import io.pathwise.catalog.store.CourseQueries;
import io.pathwise.identity.CourseRole;
import io.pathwise.identity.IdentityApi;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a course, for {@code @PreAuthorize("@courses.canManage(#courseId)")}.
 * A course the caller may not know about (another tenant's, or a draft shown to a learner) is
 * answered with 404, never 403, so that its existence does not leak; a known course with too
 * small a role gives {@code false}, which becomes 403.
 */
@Component("courses")
public class CourseAccess {

    private final CourseQueries queries;
    private final IdentityApi identity;

    CourseAccess(CourseQueries queries, IdentityApi identity) {
        this.queries = queries;
        this.identity = identity;
    }

    /** Learners of a published course, its staff, and tenant admins. */
    public boolean canView(UUID courseId) {
        visibleCourse(CurrentPrincipal.get(), courseId);
        return true;
    }

    /** Instructors of the course and tenant admins. */
    public boolean canManage(UUID courseId) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        visibleCourse(caller, courseId);
        return manages(caller, courseId);
    }

    /** Whether the caller may change the course: a tenant admin or one of its instructors. */
    boolean manages(PathwisePrincipal caller, UUID courseId) {
        return caller.tenantAdmin() || role(caller, courseId).orElse(null) == CourseRole.INSTRUCTOR;
    }

    /** Staff of the course (instructors, teaching assistants) and tenant admins. */
    public boolean canSeeMembers(UUID courseId) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        visibleCourse(caller, courseId);
        return isStaff(caller, courseId);
    }

    /** Whether the user has a role in the course, any role. */
    boolean isMember(UUID userId, UUID courseId) {
        return identity.roleIn(userId, courseId).isPresent();
    }

    /** Whether the caller is one of the course's instructors or teaching assistants, or a tenant admin. */
    boolean isStaff(PathwisePrincipal caller, UUID courseId) {
        return caller.tenantAdmin() || role(caller, courseId).map(CourseRole::isStaff).orElse(false);
    }

    /** The course, if the caller may see it; 404 otherwise. */
    CourseSummary visibleCourse(PathwisePrincipal caller, UUID courseId) {
        CourseSummary course = queries.find(caller.tenantId(), courseId)
                .orElseThrow(() -> ApiException.notFound("Course " + courseId));
        return requireVisible(caller, course, courseId.toString());
    }

    CourseSummary requireVisible(PathwisePrincipal caller, CourseSummary course, String name) {
        if (caller.tenantAdmin()) {
            return course;
        }
        Optional<CourseRole> role = role(caller, course.id());
        boolean visible = role.map(r -> r.isStaff() || course.status() == CourseStatus.PUBLISHED).orElse(false);
        if (!visible) {
            throw ApiException.notFound("Course " + name);
        }
        return course;
    }

    private Optional<CourseRole> role(PathwisePrincipal caller, UUID courseId) {
        return identity.roleIn(caller.userId(), courseId);
    }
}
