package io.pathwise.identity;

import java.util.UUID;

/** A user account was created, by sign-up, by an administrator or by enrolment. */
public record UserRegistered(UUID userId, UUID tenantId) {
}
