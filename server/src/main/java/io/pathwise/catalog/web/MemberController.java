package io.pathwise.catalog.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.identity.Enrolment;
import io.pathwise.identity.EnrolmentRequest;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.MembershipView;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.text.StrictTextDecoding;
import io.swagger.v3.oas.annotations.Operation;
import io.pathwise.shared.web.SecretResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Enrolment: the course side (the course must be the caller's to manage); identity keeps the memberships. */
@RestController
@RequestMapping("/api/v1/courses/{courseId}/members")
@Tag(name = "Enrolment")
class MemberController {

    private final CatalogApi catalog;
    private final IdentityApi identity;

    MemberController(CatalogApi catalog, IdentityApi identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    @GetMapping
    @PreAuthorize("@courses.canSeeMembers(#courseId)")
    @Operation(summary = "Members of the course with their roles (staff; tenant admins)")
    CursorPage<MembershipView> list(@PathVariable UUID courseId, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return identity.members(course(courseId).id(), PageRequest.of(cursor, limit));
    }

    @PostMapping
    @PreAuthorize("@courses.canManage(#courseId)")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol one person; someone without an account is invited (instructors; tenant admins)")
    Enrolment enrol(@PathVariable UUID courseId, @RequestBody EnrolmentRequest request,
            HttpServletRequest httpRequest, HttpServletResponse response) {
        SecretResponses.mark(httpRequest, response);
        return identity.enrol(CurrentPrincipal.get().tenantId(), course(courseId).id(), request);
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("@courses.canManage(#courseId)")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol everyone in a CSV file (email,display_name,role); all-or-nothing with a per-row "
            + "error report (instructors; tenant admins)")
    List<Enrolment> importCsv(@PathVariable UUID courseId, @RequestBody byte[] csv,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            HttpServletRequest httpRequest, HttpServletResponse response) {
        // Read as bytes and decoded here: a String body is decoded leniently, and a byte that is not
        // UTF-8 became U+FFFD inside a stored e-mail address instead of a refusal.
        Charset charset = contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
        String text = StrictTextDecoding.decode(csv, charset, "body");
        SecretResponses.mark(httpRequest, response);
        return identity.importEnrolments(CurrentPrincipal.get().tenantId(), course(courseId).id(), text);
    }

    @DeleteMapping("/{userId}")
    @PreAuthorize("@courses.canManage(#courseId)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove someone from the course (instructors; tenant admins)")
    void remove(@PathVariable UUID courseId, @PathVariable UUID userId) {
        if (!identity.removeMember(CurrentPrincipal.get().tenantId(), course(courseId).id(), userId)) {
            throw ApiException.notFound("Member " + userId);
        }
    }

    private CourseSummary course(UUID courseId) {
        return catalog.course(CurrentPrincipal.get(), courseId);
    }
}
