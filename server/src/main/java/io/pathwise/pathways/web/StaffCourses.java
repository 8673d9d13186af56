package io.pathwise.pathways.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import org.springframework.stereotype.Component;

/** The course of a request that only its staff may make: instructors, teaching assistants, tenant admins. */
@Component
class StaffCourses {

    private final CatalogApi catalog;

    StaffCourses(CatalogApi catalog) {
        this.catalog = catalog;
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
}
