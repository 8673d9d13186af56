package io.pathwise.web;

import io.pathwise.catalog.CourseOutline;
import java.util.List;
import java.util.Map;

/**
 * Everything the course page shows that depends only on the course's content: the outline, the
 * rendered description and the laid-out skill map. It is the same for every viewer of one course
 * revision, so {@link CourseViews} keeps it.
 */
record CourseView(CourseOutline outline, String descriptionHtml, List<SkillMapLayout.Placed> skills,
        Map<String, String> skillNames, int edgeCount, String skillMapJson) {
}
