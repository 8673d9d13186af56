package io.pathwise.mastery;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.identity.CourseRole;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.MembershipView;
import io.pathwise.lrs.LrsApi;
import io.pathwise.mastery.model.BktParameters;
import io.pathwise.mastery.store.ObservationStore;
import io.pathwise.mastery.store.ParameterStore;
import io.pathwise.mastery.store.SkillState;
import io.pathwise.mastery.store.StateStore;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The learner model as other modules and the web layer read it. Callers pass a course they have
 * already checked the caller may see (from {@link CatalogApi#courseBySlug}); whether the caller may
 * see other learners is theirs to check too.
 */
@Service
public class MasteryApi {

    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final LrsApi lrs;
    private final StateStore states;
    private final ObservationStore observations;
    private final ParameterStore parameters;
    private final MasteryProperties properties;

    MasteryApi(CatalogApi catalog, IdentityApi identity, LrsApi lrs, StateStore states, ObservationStore observations,
            ParameterStore parameters, MasteryProperties properties) {
        this.catalog = catalog;
        this.identity = identity;
        this.lrs = lrs;
        this.states = states;
        this.observations = observations;
        this.parameters = parameters;
        this.properties = properties;
    }

    /** P(known) at which a skill counts as mastered. */
    public double threshold() {
        return properties.threshold();
    }

    /** A user's mastery of every skill of the course, in the course's skill order. */
    public List<SkillMasteryView> ofLearner(CourseSummary course, UUID userId) {
        Map<String, SkillState> byKey = new HashMap<>();
        for (SkillState state : states.ofUser(course.id(), userId)) {
            byKey.put(state.skillKey(), state);
        }
        List<SkillMasteryView> views = new ArrayList<>();
        for (SkillGraphView.Skill skill : catalog.skillGraph(course).skills()) {
            SkillState state = byKey.get(skill.key());
            if (state == null) {
                double prior = parameters.of(course.id(), skill.key()).prior();
                views.add(new SkillMasteryView(skill.key(), skill.name(), prior, prior >= threshold(), 0, 0, null, null));
            } else {
                views.add(new SkillMasteryView(skill.key(), skill.name(), state.known(), state.masteredAt() != null,
                        state.observations(), state.correct(), state.lastObservedAt(), state.masteredAt()));
            }
        }
        return views;
    }

    /** A user's latest answers that counted for a skill, newest first. */
    public List<RecentAnswer> recentAnswers(CourseSummary course, UUID userId, String skillKey, int limit) {
        return observations.latest(course.id(), skillKey, learnerOf(userId), limit).stream()
                .map(o -> new RecentAnswer(o.activityIri(), o.correct(), o.seconds(), o.hintsUsed(), o.observedAt()))
                .toList();
    }

    /** Every learner of the course by every skill: the instructor's heat map. */
    public MasteryMapView courseMap(CourseSummary course) {
        List<SkillGraphView.Skill> skills = catalog.skillGraph(course).skills();
        List<MembershipView> learners = new ArrayList<>();
        PageRequest page = new PageRequest(null, PageRequest.MAX_LIMIT);
        while (true) {
            CursorPage<MembershipView> members = identity.members(course.id(), page);
            members.items().stream().filter(m -> m.role() == CourseRole.LEARNER).forEach(learners::add);
            if (members.nextCursor() == null) {
                break;
            }
            page = PageRequest.of(members.nextCursor(), PageRequest.MAX_LIMIT);
        }
        Map<UUID, Map<String, Double>> known = new HashMap<>();
        for (SkillState state : states.ofCourseUsers(course.id(), learners.stream().map(MembershipView::userId).toList())) {
            known.computeIfAbsent(state.userId(), k -> new HashMap<>()).put(state.skillKey(), state.known());
        }
        List<MasteryMapView.Learner> rows = new ArrayList<>();
        for (MembershipView learner : learners) {
            Map<String, Double> mine = known.getOrDefault(learner.userId(), Map.of());
            List<Double> row = new ArrayList<>();
            int mastered = 0;
            for (SkillGraphView.Skill skill : skills) {
                double value = mine.getOrDefault(skill.key(), parameters.of(course.id(), skill.key()).prior());
                row.add(value);
                mastered += value >= threshold() ? 1 : 0;
            }
            rows.add(new MasteryMapView.Learner(learner.userId(), learner.displayName(), row, mastered));
        }
        return new MasteryMapView(skills.stream().map(s -> new MasteryMapView.Skill(s.key(), s.name())).toList(), rows,
                threshold());
    }

    /** The parameters each skill of the course is traced with. */
    public List<FittedSkillView> parameters(CourseSummary course) {
        Map<String, ParameterStore.Fitted> fitted = parameters.fitted(course.id());
        List<FittedSkillView> views = new ArrayList<>();
        for (SkillGraphView.Skill skill : catalog.skillGraph(course).skills()) {
            ParameterStore.Fitted f = fitted.get(skill.key());
            BktParameters p = f == null ? BktParameters.DEFAULTS : f.parameters();
            views.add(new FittedSkillView(skill.key(), skill.name(), f != null, p.prior(), p.learn(), p.guess(), p.slip(),
                    p.forget(), f == null ? 0 : f.observations(), f == null ? 0 : f.learners(),
                    f == null ? null : f.logLikelihood(), f == null ? null : f.fittedAt()));
        }
        return views;
    }

    /** The actor id of a Pathwise user, as statements about them name them. */
    private String learnerOf(UUID userId) {
        return lrs.userAgentId(userId);
    }
}
