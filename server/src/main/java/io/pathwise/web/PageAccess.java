package io.pathwise.web;

import io.pathwise.identity.CourseRole;
import io.pathwise.identity.IdentityApi;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import org.springframework.stereotype.Component;

/** Page-level rules for {@code @PreAuthorize("@pageAccess...")}; course-level checks stay in the catalog. */
@Component("pageAccess")
public class PageAccess {

    private final IdentityApi identity;

    PageAccess(IdentityApi identity) {
        this.identity = identity;
    }

    /** Tenant admins (who create courses) and instructors of any course (who update theirs). */
    public boolean canImportCourses() {
        PathwisePrincipal caller = CurrentPrincipal.find().orElse(null);
        return caller != null && (caller.tenantAdmin()
                || identity.courseRoles(caller.userId()).containsValue(CourseRole.INSTRUCTOR));
    }
}
