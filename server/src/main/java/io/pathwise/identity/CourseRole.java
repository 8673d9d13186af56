package io.pathwise.identity;

/** What a member may do in one course. */
public enum CourseRole {
    /** Runs the course: edits content, enrols people, sees everyone's work. */
    INSTRUCTOR,
    /** Helps run the course: sees learners and their work, cannot change content or enrolment. */
    TEACHING_ASSISTANT,
    /** Takes the course. */
    LEARNER;

    /** Staff see drafts and learners' work. */
    public boolean isStaff() {
        return this != LEARNER;
    }
}
