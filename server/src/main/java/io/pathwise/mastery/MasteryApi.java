package io.pathwise.mastery;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.mastery.evidence.Observation;
import io.pathwise.mastery.fitting.Refitter;
import io.pathwise.mastery.model.BktParameters;
import io.pathwise.mastery.review.ReviewScheduler;
import io.pathwise.mastery.review.ReviewState;
import io.pathwise.mastery.store.ObservationStore;
import io.pathwise.mastery.store.ParameterStore;
import io.pathwise.mastery.store.SkillMark;
import io.pathwise.mastery.store.SkillStanding;
import io.pathwise.mastery.store.SkillState;
import io.pathwise.mastery.store.StateStore;
import io.pathwise.mastery.store.TypicalSeconds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The learner model as other modules and the web layer read it. Callers pass a course they have
 * already checked the caller may see (from {@link CatalogApi#courseBySlug}); whether the caller may
 * see other learners is theirs to check too.
 */
@Service
public class MasteryApi {

    private final CatalogApi catalog;
    private final StateStore states;
    private final ObservationStore observations;
    private final ParameterStore parameters;
    private final TypicalSeconds typicalSeconds;
    private final MasteryProperties properties;
    private final ReviewScheduler reviews;
    private final Clock clock;
    private final Refitter refitter;
    private final CourseMasteryMap courseMaps;
    private final Map<UUID, ParameterViews> parameterViews = new ConcurrentHashMap<>();

    MasteryApi(CatalogApi catalog, StateStore states, ObservationStore observations,
            ParameterStore parameters, TypicalSeconds typicalSeconds, MasteryProperties properties,
            ReviewScheduler reviews, Clock clock, Refitter refitter, CourseMasteryMap courseMaps) {
        this.courseMaps = courseMaps;
        this.typicalSeconds = typicalSeconds;
        this.refitter = refitter;
        this.reviews = reviews;
        this.clock = clock;
        this.catalog = catalog;
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
        return views(course, catalog.skillGraph(course).skills(), byKey(states.ofUser(course.id(), userId)));
    }

    /**
     * The skills a user has evidence on and their due reviews, from one read of the user's
     * estimates: what a caller needs that already holds every skill's prior ({@link #parameters}).
     */
    public LearnerMasteryView learner(CourseSummary course, UUID userId) {
        Set<String> inCourse = parameterViews(course).skillKeys();
        List<LearnerMasteryView.Traced> traced = new ArrayList<>();
        Map<String, ReviewState> schedules = new HashMap<>();
        for (SkillStanding standing : states.standingOfUser(course.id(), userId)) {
            if (!inCourse.contains(standing.skillKey())) {
                continue; // evidence on a skill a later revision of the course no longer has
            }
            traced.add(new LearnerMasteryView.Traced(standing.skillKey(), standing.known(), standing.observations()));
            if (standing.review() != null) {
                schedules.put(standing.skillKey(), standing.review());
            }
        }
        return new LearnerMasteryView(traced, due(schedules));
    }

    private static Map<String, SkillState> byKey(List<SkillState> estimates) {
        Map<String, SkillState> byKey = new HashMap<>();
        for (SkillState state : estimates) {
            byKey.put(state.skillKey(), state);
        }
        return byKey;
    }

    /**
     * Several users' mastered and started skills of the course, read at once: every user asked for
     * has an entry (nothing yet without evidence). Matching study partners compares a learner with
     * every classmate who opted in, so this reads two flags per skill with evidence rather than a
     * view of every skill of the course per classmate.
     */
    public Map<UUID, MasteredAndStarted> masteredAndStarted(CourseSummary course, Collection<UUID> userIds) {
        Set<String> inCourse = parameterViews(course).skillKeys();
        Map<UUID, Set<String>> mastered = new HashMap<>();
        Map<UUID, Set<String>> started = new HashMap<>();
        for (SkillMark mark : states.marksOf(course.id(), userIds)) {
            if (!inCourse.contains(mark.skillKey())) {
                continue; // evidence on a skill a later revision of the course no longer has
            }
            if (mark.mastered()) {
                mastered.computeIfAbsent(mark.userId(), k -> new HashSet<>()).add(mark.skillKey());
            }
            if (mark.started()) {
                started.computeIfAbsent(mark.userId(), k -> new HashSet<>()).add(mark.skillKey());
            }
        }
        Map<UUID, MasteredAndStarted> skills = new HashMap<>();
        for (UUID userId : userIds) {
            skills.put(userId, mastered.containsKey(userId) || started.containsKey(userId)
                    ? new MasteredAndStarted(mastered.getOrDefault(userId, Set.of()), started.getOrDefault(userId, Set.of()))
                    : MasteredAndStarted.NOTHING_YET);
        }
        return skills;
    }

    private List<SkillMasteryView> views(CourseSummary course, List<SkillGraphView.Skill> skills,
            Map<String, SkillState> byKey) {
        Map<String, ParameterStore.Fitted> fitted = parameters.fitted(course.id());
        List<SkillMasteryView> views = new ArrayList<>(skills.size());
        for (SkillGraphView.Skill skill : skills) {
            SkillState state = byKey.get(skill.key());
            views.add(state == null
                    ? new SkillMasteryView(skill.key(), skill.name(), prior(fitted, skill.key()), false, 0, 0, null, null, null)
                    : view(skill, state));
        }
        return views;
    }

    private static SkillMasteryView view(SkillGraphView.Skill skill, SkillState state) {
        return new SkillMasteryView(skill.key(), skill.name(), state.known(), state.masteredAt() != null,
                state.observations(), state.correct(), state.lastObservedAt(), state.masteredAt(),
                state.review() == null ? null : state.review().due());
    }

    /** P(known) of a skill before any evidence: its fitted prior, or the default one. */
    static double prior(Map<String, ParameterStore.Fitted> fitted, String skillKey) {
        ParameterStore.Fitted f = fitted.get(skillKey);
        return (f == null ? BktParameters.DEFAULTS : f.parameters()).prior();
    }

    /** A user's mastered skills whose review is due, most forgotten first. */
    public List<DueReviewView> dueReviews(CourseSummary course, UUID userId) {
        Map<String, ReviewState> schedules = new HashMap<>();
        for (SkillState state : states.ofUser(course.id(), userId)) {
            if (state.review() != null) {
                schedules.put(state.skillKey(), state.review());
            }
        }
        return due(schedules);
    }

    /** The schedules that are due now, by skill key. */
    private List<DueReviewView> due(Map<String, ReviewState> schedules) {
        return reviews.due(schedules, clock.instant()).stream()
                .map(due -> new DueReviewView(due.key(), due.state().due(), due.retrievability()))
                .toList();
    }

    /**
     * A user's latest answers that counted as evidence in the course, by skill, newest first: at
     * most {@code perSkill} per skill, from the user's latest {@code scan} answers.
     */
    public Map<String, List<RecentAnswer>> recentAnswers(CourseSummary course, UUID userId, int perSkill, int scan) {
        return bySkill(observations.latestOfUser(course.id(), userId, scan), perSkill);
    }

    /**
     * A user's latest answers on each of these skills of the course that counted as evidence, by
     * skill, newest first: at most {@code perSkill} per skill; skills without answers are absent.
     */
    public Map<String, List<RecentAnswer>> recentAnswers(CourseSummary course, UUID userId, Collection<String> skillKeys,
            int perSkill) {
        return bySkill(observations.latestOfUserBySkill(course.id(), userId, skillKeys, perSkill), perSkill);
    }

    /**
     * Every skill of the course that a learner with an account here has evidence on and has not
     * mastered, with their latest {@code perSkill} answers on it, read at once for the whole course;
     * in no particular order.
     */
    public List<SkillBeingLearned> skillsBeingLearned(CourseSummary course, int perSkill) {
        return skillsBeingLearned(course, null, perSkill); // null: every account
    }

    /** As {@link #skillsBeingLearned(CourseSummary, int)}, for one user of the course. */
    public List<SkillBeingLearned> skillsBeingLearned(CourseSummary course, UUID userId, int perSkill) {
        Set<String> inCourse = parameterViews(course).skillKeys();
        Map<List<Object>, List<ObservationStore.WithEstimate>> byUserAndSkill = new LinkedHashMap<>();
        for (ObservationStore.WithEstimate row : observations.latestWhileLearning(course.id(), userId, threshold(), perSkill)) {
            if (inCourse.contains(row.observation().skillKey())) { // not a skill a later revision of the course dropped
                byUserAndSkill.computeIfAbsent(List.of(row.userId(), row.observation().skillKey()), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<SkillBeingLearned> learning = new ArrayList<>(byUserAndSkill.size());
        for (List<ObservationStore.WithEstimate> rows : byUserAndSkill.values()) {
            // One estimate per account and skill: the learner model names every actor of an account by
            // the same learner (EvidenceReader), so the rows share it.
            ObservationStore.WithEstimate first = rows.get(0);
            learning.add(new SkillBeingLearned(first.userId(), first.observation().skillKey(), first.known(),
                    first.observations(), rows.stream().map(row -> answer(row.observation())).toList()));
        }
        return learning;
    }

    private static RecentAnswer answer(Observation o) {
        return new RecentAnswer(o.activityIri(), o.correct(), o.seconds(), o.hintsUsed(), o.observedAt());
    }

    /** Observations, newest first, as answers by skill: the first {@code perSkill} of each skill. */
    private static Map<String, List<RecentAnswer>> bySkill(List<Observation> newestFirst, int perSkill) {
        Map<String, List<RecentAnswer>> bySkill = new HashMap<>();
        for (Observation o : newestFirst) {
            List<RecentAnswer> answers = bySkill.computeIfAbsent(o.skillKey(), k -> new ArrayList<>());
            if (answers.size() < perSkill) {
                answers.add(answer(o));
            }
        }
        return bySkill;
    }

    /**
     * How long learners typically take on each activity of the course (median seconds over the
     * answers that said), by activity IRI; activities without timed answers are absent. At most a
     * minute old ({@link TypicalSeconds}).
     */
    public Map<String, Double> typicalSeconds(CourseSummary course) {
        return typicalSeconds.of(course.id());
    }

    /**
     * A page of the instructor's heat map: learners by every skill of the course, fewest mastered
     * first ({@link MasteryMapRequest} on paging while mastery changes).
     */
    public MasteryMapView courseMap(CourseSummary course, MasteryMapRequest request) {
        return courseMaps.page(course, request);
    }

    /** The parameters a skill without fitted ones is traced with. */
    public FittedSkillView defaults() {
        BktParameters p = BktParameters.DEFAULTS;
        return new FittedSkillView("", "Defaults", false, p.prior(), p.learn(), p.guess(), p.slip(), p.forget(), 0, 0, null,
                null);
    }

    /**
     * The parameters each skill of the course is traced with, in the course's skill order. A new
     * list instance whenever the parameters or the skills may have changed (a refit, the periodic
     * reload of parameters fitted on another node, a new revision), and otherwise usually the same
     * one, so a caller may keep what it derives from the list for as long as it gets that instance.
     */
    public List<FittedSkillView> parameters(CourseSummary course) {
        return parameterViews(course).views();
    }

    private ParameterViews parameterViews(CourseSummary course) {
        Map<String, ParameterStore.Fitted> fitted = parameters.fitted(course.id());
        SkillGraphView graph = catalog.skillGraph(course);
        // The store and the catalog hand out one immutable instance until either changes (a refit,
        // a reload, a new revision), so comparing instances tells whether the views are current.
        ParameterViews cached = parameterViews.get(course.id());
        if (cached == null || cached.fitted() != fitted || cached.graph() != graph) {
            List<FittedSkillView> views = parameterViews(graph, fitted);
            cached = new ParameterViews(fitted, graph, views,
                    views.stream().map(FittedSkillView::skillKey).collect(Collectors.toUnmodifiableSet()));
            parameterViews.put(course.id(), cached);
        }
        return cached;
    }

    /** Every skill's parameters as instructors see them, and the skills' keys, for one graph and fit. */
    private record ParameterViews(Map<String, ParameterStore.Fitted> fitted, SkillGraphView graph,
            List<FittedSkillView> views, Set<String> skillKeys) {
    }

    private static List<FittedSkillView> parameterViews(SkillGraphView graph, Map<String, ParameterStore.Fitted> fitted) {
        List<FittedSkillView> views = new ArrayList<>();
        for (SkillGraphView.Skill skill : graph.skills()) {
            ParameterStore.Fitted f = fitted.get(skill.key());
            BktParameters p = f == null ? BktParameters.DEFAULTS : f.parameters();
            views.add(new FittedSkillView(skill.key(), skill.name(), f != null, p.prior(), p.learn(), p.guess(), p.slip(),
                    p.forget(), f == null ? 0 : f.observations(), f == null ? 0 : f.learners(),
                    f == null ? null : f.logLikelihood(), f == null ? null : f.fittedAt()));
        }
        return List.copyOf(views);
    }

    /** Fits every skill of the course again from its evidence and recomputes its learners' estimates. */
    public RefitReport refit(CourseSummary course) {
        return refitter.refit(course.id());
    }
}
