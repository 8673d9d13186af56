package io.pathwise.catalog;

/** Whether learners can see a course. */
public enum CourseStatus {
    /** Visible to its staff and tenant admins only. */
    DRAFT,
    /** Visible to its learners too. */
    PUBLISHED
}
