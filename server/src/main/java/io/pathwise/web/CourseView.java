package io.pathwise.web;

/**
 * What the course page shows that depends only on the course's content, for one revision: the
 * counts and the rendered content (skill map, skill list, units, description). It is the same for
 * every viewer, so {@link CourseViews} renders it once and keeps it.
 */
record CourseView(int skillCount, int activityCount, String contentHtml) {
}
