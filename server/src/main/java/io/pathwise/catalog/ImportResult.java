package io.pathwise.catalog;

/** What an import did: created a course or updated one in place. */
public record ImportResult(CourseSummary course, boolean created, int skills, int activities) {
}
