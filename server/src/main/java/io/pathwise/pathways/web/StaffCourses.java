package io.pathwise.pathways.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.identity.IdentityApi;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The course of a request that only its staff may make: instructors, teaching assistants, tenant admins. */
@Component
class StaffCourses {

    private final CatalogApi catalog;
    private final IdentityApi identity;

    StaffCourses(CatalogApi catalog, IdentityApi identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    /** The course, when the caller is its staff; 404 when they cannot see it, 403 when they see it as a learner. */
    CourseSummary of(String slug, String what) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        if (!catalog.isStaff(caller, course)) {
            throw ApiException.forbidden("Only the course's instructors, teaching assistants and tenant admins may see "
                    + what + ".");
        }
        return course;
    }

    /** The user, when they are a member of the course; 404 otherwise (a staff caller may ask about members only). */
    UUID member(CourseSummary course, UUID userId) {
        if (identity.roleIn(userId, course.id()).isEmpty()) {
            throw ApiException.notFound("Learner " + userId + " in course " + course.slug());
        }
        return userId;
    }
}
