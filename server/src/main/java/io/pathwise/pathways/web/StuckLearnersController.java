package io.pathwise.pathways.web;

import io.pathwise.pathways.PathwaysApi;
import io.pathwise.pathways.StuckLearnersPage;
import io.pathwise.pathways.StuckLearnersRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The course's learners who may be stuck, for its staff, a page at a time. */
@RestController
@RequestMapping({"/api/v1", "/browser-api/v1"})
class StuckLearnersController {

    private final PathwaysApi pathways;
    private final StaffCourses staffCourses;

    StuckLearnersController(PathwaysApi pathways, StaffCourses staffCourses) {
        this.pathways = pathways;
        this.staffCourses = staffCourses;
    }

    @GetMapping("/courses/{slug}/stuck-learners")
    @PreAuthorize("isAuthenticated()")
    StuckLearnersPage stuckLearners(@PathVariable String slug, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        StuckLearnersRequest request = StuckLearnersRequest.of(cursor, limit); // a bad cursor or limit is a 400 first
        return pathways.stuckLearners(staffCourses.of(slug, "which learners may be stuck"), request);
    }
}
