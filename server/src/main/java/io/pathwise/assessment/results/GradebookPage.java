package io.pathwise.assessment.results;

import io.pathwise.assessment.store.AttemptGrade;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of a course's grade book as read from the store: the page's learners in name order, their
 * attempts per quiz, and the names of everyone named.
 *
 * @param attempts by quiz id, then in the page's learner order and by number; a quiz none of the
 *     page's learners attempted has an empty list
 * @param learnerCount how many learners made an attempt at any quiz of the course
 * @param nextCursor the cursor of the next page, null on the last
 */
public record GradebookPage(Map<UUID, List<AttemptGrade>> attempts, Map<UUID, String> names, int learnerCount,
        String nextCursor) {

    /** A person's name; a deleted account has none. */
    public String name(UUID userId) {
        return nameIn(names, userId);
    }

    /**
     * A person's name among names read at once ({@code IdentityApi#displayNames}), as grade books and
     * the grading queue show it: a deleted account has none and shows as "(removed)".
     */
    public static String nameIn(Map<UUID, String> names, UUID userId) {
        return names.getOrDefault(userId, "(removed)");
    }
}
