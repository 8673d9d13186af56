package io.pathwise.catalog;

import java.util.UUID;

/** A course became visible to its learners. */
public record CoursePublished(UUID tenantId, UUID courseId, int revision) {
}
