package io.pathwise.catalog.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CatalogProperties;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.ImportResult;
import io.pathwise.catalog.packaging.InvalidPackageException;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Course packages")
class PackageController {

    /** What a dry run reports: the problems, or none when the package would import. */
    record Validation(boolean valid, List<FieldProblem> errors) {
    }

    private final CatalogApi catalog;
    private final long maxBytes;

    PackageController(CatalogApi catalog, CatalogProperties properties) {
        this.catalog = catalog;
        this.maxBytes = properties.maxPackageBytes().toBytes();
    }

    @PostMapping(path = "/api/v1/course-packages", consumes = "application/zip")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Import a course package sent as a zip body: creates the course (tenant admin) or updates it "
            + "in place (its instructors). All-or-nothing; 422 lists every problem by file and line. "
            + "With dryRun=true only validates.")
    ResponseEntity<?> importZip(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        return importFiles(read(request.getInputStream()), dryRun);
    }

    @PostMapping(path = "/api/v1/course-packages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Import a course package uploaded as the multipart field 'file' (same rules as the zip body)")
    ResponseEntity<?> importUpload(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importFiles(read(in), dryRun);
        }
    }

    @GetMapping(path = "/api/v1/courses/{courseId}/package", produces = "application/zip")
    @PreAuthorize("@courses.canManage(#courseId)")
    @Operation(summary = "Export the course as a package zip (instructors; tenant admins)")
    ResponseEntity<byte[]> export(@PathVariable UUID courseId) {
        CourseSummary course = catalog.course(CurrentPrincipal.get(), courseId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(course.slug() + ".zip").build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(catalog.exportPackage(course));
    }

    private ResponseEntity<?> importFiles(PackageFiles files, boolean dryRun) {
        if (dryRun) {
            List<FieldProblem> problems = catalog.validate(files);
            return ResponseEntity.ok(new Validation(problems.isEmpty(), problems));
        }
        ImportResult result = catalog.importPackage(CurrentPrincipal.get(), files);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    private PackageFiles read(InputStream zip) {
        try {
            return PackageFiles.fromZip(zip, maxBytes);
        } catch (InvalidPackageException e) {
            throw ApiException.unprocessable("The upload is not a course package.",
                    List.of(new FieldProblem("file", e.getMessage())));
        }
    }

    private ApiException tooLarge() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Upload too large",
                "file: is larger than the limit of " + maxBytes + " bytes",
                List.of(new FieldProblem("file", "is larger than the limit of " + maxBytes + " bytes")));
    }
}
