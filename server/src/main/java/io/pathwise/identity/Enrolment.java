package io.pathwise.identity;

import java.util.UUID;

/**
 * The outcome of enrolling one person.
 *
 * @param activationPath for someone who had no account: the path (under the public URL) where
 *        they set their password; {@code null} for existing accounts
 */
public record Enrolment(UUID userId, String email, CourseRole role, String activationPath) {
}
