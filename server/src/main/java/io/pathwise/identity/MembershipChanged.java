package io.pathwise.identity;

import java.util.UUID;

/**
 * A person's role in a course changed.
 *
 * @param role the new role, or {@code null} when the person was removed from the course
 */
public record MembershipChanged(UUID tenantId, UUID courseId, UUID userId, CourseRole role) {
}
