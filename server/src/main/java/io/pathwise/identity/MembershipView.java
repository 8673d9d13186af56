package io.pathwise.identity;

import java.util.UUID;

/** A person's role in a course. */
public record MembershipView(UUID courseId, UUID userId, String email, String displayName, CourseRole role) {
}
