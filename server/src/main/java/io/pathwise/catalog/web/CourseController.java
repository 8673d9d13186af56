package io.pathwise.catalog.web;

import io.pathwise.catalog.ActivityDetail;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseOutline;
import io.pathwise.catalog.CourseStatus;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/courses")
@Tag(name = "Courses")
class CourseController {

    record StatusChange(CourseStatus status) {
    }

    record NewPrerequisite(String prerequisite) {
    }

    private final CatalogApi catalog;

    CourseController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Courses visible to the caller, by cursor")
    CursorPage<CourseSummary> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return catalog.visibleCourses(CurrentPrincipal.get(), PageRequest.of(cursor, limit));
    }

    @GetMapping("/{courseId}")
    @PreAuthorize("@courses.canView(#courseId)")
    @Operation(summary = "A course with its units and activities (members; tenant admins)")
    CourseOutline get(@PathVariable UUID courseId) {
        return catalog.outline(course(courseId));
    }

    @GetMapping("/{courseId}/skills")
    @PreAuthorize("@courses.canView(#courseId)")
    @Operation(summary = "The course's skills and prerequisite graph (members; tenant admins)")
    SkillGraphView skills(@PathVariable UUID courseId) {
        return catalog.skillGraph(course(courseId));
    }

    @GetMapping("/{courseId}/activities/{activityKey}")
    @PreAuthorize("@courses.canView(#courseId)")
    @Operation(summary = "One activity with its text and questions (members; tenant admins)")
    ActivityDetail activity(@PathVariable UUID courseId, @PathVariable String activityKey) {
        return catalog.activity(course(courseId), activityKey);
    }

    @PutMapping("/{courseId}/status")
    @PreAuthorize("@courses.canManage(#courseId)")
    @Operation(summary = "Publish a course to its learners or take it back to draft (instructors; tenant admins)")
    CourseSummary setStatus(@PathVariable UUID courseId, @RequestBody StatusChange change) {
        if (change.status() == null) {
            throw ApiException.badField("status", "must be DRAFT or PUBLISHED");
        }
        return catalog.setStatus(course(courseId), change.status());
    }

    @PostMapping("/{courseId}/skills/{skillKey}/prerequisites")
    @PreAuthorize("@courses.canManage(#courseId)")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a prerequisite to a skill; refused with the cycle named if it would close one (instructors; tenant admins)")
    SkillGraphView addPrerequisite(@PathVariable UUID courseId, @PathVariable String skillKey,
            @RequestBody NewPrerequisite request) {
        if (request.prerequisite() == null) {
            throw ApiException.badField("prerequisite", "is required");
        }
        return catalog.addPrerequisite(course(courseId), skillKey, request.prerequisite());
    }

    private CourseSummary course(UUID courseId) {
        return catalog.course(CurrentPrincipal.get(), courseId);
    }
}
