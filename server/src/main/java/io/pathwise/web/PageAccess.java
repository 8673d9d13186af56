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
        return isStaff();
    }

    /**
     * Tenant admins and instructors of any course of the tenant: those who follow what learners do.
     * Learners never see the statement browser, which shows every learner of the tenant.
     */
    public boolean canBrowseStatements() {
        return isStaff();
    }

    /** Only tenant admins: a credential lets a machine client write and read the whole tenant's LRS. */
    public boolean canManageCredentials() {
        return CurrentPrincipal.find().map(PathwisePrincipal::tenantAdmin).orElse(false);
    }

    /**
     * Tenant admins and instructors of any course. One lookup of the caller's course roles answers
     * every rule that depends on it, so the page header asks once.
     */
    public boolean isStaff() {
        PathwisePrincipal caller = CurrentPrincipal.find().orElse(null);
        return caller != null && (caller.tenantAdmin()
                || identity.courseRoles(caller.userId()).containsValue(CourseRole.INSTRUCTOR));
    }
}
