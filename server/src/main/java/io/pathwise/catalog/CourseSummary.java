package io.pathwise.catalog;

import java.util.UUID;

/** A course as lists show it. {@code slug} is the package's stable id, unique within the tenant. */
public record CourseSummary(UUID id, String slug, String title, String summary, String language, CourseStatus status,
        int revision) {
}
