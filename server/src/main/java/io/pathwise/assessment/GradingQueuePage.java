package io.pathwise.assessment;

import java.util.List;

/**
 * One page of a course's grading queue, as {@link AssessmentApi#gradingQueue} gives it.
 *
 * @param tasks the page's answers, oldest attempts first
 * @param waiting how many answers of the course wait for a grade, on every page
 * @param nextCursor the cursor of the following page; null on the last one
 */
public record GradingQueuePage(List<GradingTask> tasks, int waiting, String nextCursor) {
}
