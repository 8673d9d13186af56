package io.pathwise.identity;

/**
 * Who to enrol and as what. {@code displayName} is needed only for someone without an account;
 * a null {@code role} means {@link CourseRole#LEARNER}.
 */
public record EnrolmentRequest(String email, String displayName, CourseRole role) {
}
