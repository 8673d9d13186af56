package io.pathwise.pathways.rules;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseOutline;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.pathways.AlertView;
import io.pathwise.pathways.UnitLockView;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What rules did, as the API shows it: the course's alerts and a learner's lockable units. Callers
 * pass a course they have checked the caller may see, and check who may see which learner.
 */
@Component
public class RuleViews {

    private final RuleStore rules;
    private final FiringStore firings;
    private final AlertStore alerts;
    private final CatalogApi catalog;

    RuleViews(RuleStore rules, FiringStore firings, AlertStore alerts, CatalogApi catalog) {
        this.rules = rules;
        this.firings = firings;
        this.alerts = alerts;
        this.catalog = catalog;
    }

    /** The course's alerts, newest first. */
    public CursorPage<AlertView> alerts(CourseSummary course, PageRequest page) {
        return CursorPage.of(alerts.page(course.id(), page), page, AlertView::id);
    }

    /** How many alerts the course's rules have raised. */
    public long alertCount(CourseSummary course) {
        return alerts.count(course.id());
    }

    /**
     * The units the course's rules unlock, in course order, each locked or unlocked for the learner;
     * every other unit is always open and not listed.
     */
    public List<UnitLockView> unitLocks(CourseSummary course, UUID userId) {
        Set<String> lockable = rules.rules(course).lockedUnits();
        if (lockable.isEmpty()) {
            return List.of();
        }
        Map<String, FiringStore.Unlocked> unlocked = new HashMap<>();
        firings.unlocked(course.id(), userId).forEach(u -> unlocked.put(u.unitKey(), u));
        List<UnitLockView> views = new ArrayList<>();
        for (CourseOutline.Unit unit : catalog.outline(course).units()) {
            if (lockable.contains(unit.key())) {
                FiringStore.Unlocked by = unlocked.get(unit.key());
                views.add(new UnitLockView(unit.key(), unit.title(), by == null, by == null ? null : by.ruleKey(),
                        by == null ? null : by.at()));
            }
        }
        return views;
    }
}
