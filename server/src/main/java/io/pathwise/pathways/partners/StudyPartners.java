package io.pathwise.pathways.partners;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.identity.CourseRole;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.MembershipView;
import io.pathwise.mastery.MasteredAndStarted;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.pathways.StudyPartnerSuggestions;
import io.pathwise.shared.problem.ApiException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Study partners for the learners of a course: opting in and out, and each opted-in learner's
 * suggestions, read afresh from the roster, the opt-ins and the learner model on every request (so
 * opting out, leaving the course or mastering a skill shows at once). Only a course's learners may
 * opt in or ask; anyone else is refused (403).
 */
@Service
public class StudyPartners {

    /** Suggestions listed at most. */
    public static final int LIMIT = 5;

    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final MasteryApi mastery;
    private final OptInStore optIns;
    private final Clock clock;

    StudyPartners(CatalogApi catalog, IdentityApi identity, MasteryApi mastery, OptInStore optIns, Clock clock) {
        this.catalog = catalog;
        this.identity = identity;
        this.mastery = mastery;
        this.optIns = optIns;
        this.clock = clock;
    }

    public boolean optedIn(CourseSummary course, UUID learnerId) {
        requireLearner(course, learnerId);
        return optIns.isOptedIn(course.id(), learnerId);
    }

    /** Opts the learner in or out; returns {@code optedIn}. Repeating either changes nothing. */
    public boolean optIn(CourseSummary course, UUID learnerId, boolean optedIn) {
        requireLearner(course, learnerId);
        if (optedIn) {
            optIns.optIn(course.id(), learnerId, clock.instant());
        } else {
            optIns.optOut(course.id(), learnerId);
        }
        return optedIn;
    }

    /** The learner's study partners, or, until they opt in, none and how to opt in. */
    public StudyPartnerSuggestions suggestions(CourseSummary course, UUID learnerId) {
        requireLearner(course, learnerId);
        // One read of the opt-ins decides both whether the learner is in and whom they may see.
        Set<UUID> optedIn = optIns.optedIn(course.id());
        if (!optedIn.contains(learnerId)) {
            return new StudyPartnerSuggestions(false, List.of(), "Study-partner suggestions are off for you in this course. "
                    + "Opt in (in the Study partners section of the course page, or with PUT /api/v1/courses/" + course.slug()
                    + "/study-partners/opt-in and {\"optedIn\": true}) to see classmates who have mastered what you are "
                    + "working on, or are working on what you have mastered. Classmates who opted in will see your name "
                    + "and the skills you match on, never your scores.");
        }
        List<MembershipView> learners = identity.learners(course.id()).stream()
                .filter(m -> optedIn.contains(m.userId())).toList();
        Map<UUID, MasteredAndStarted> masteries = mastery.masteredAndStarted(course,
                learners.stream().map(MembershipView::userId).toList());
        List<Classmate> classmates = new ArrayList<>();
        Classmate learner = null;
        for (MembershipView member : learners) {
            Classmate classmate = classmate(member, masteries.get(member.userId()));
            classmates.add(classmate);
            if (member.userId().equals(learnerId)) {
                learner = classmate;
            }
        }
        if (learner == null) {
            // Left the course (or became staff) since the check above: nothing to suggest.
            return new StudyPartnerSuggestions(true, List.of(), "You are no longer a learner of this course.");
        }
        SkillGraphView graph = catalog.skillGraph(course);
        List<StudyPartnerSuggestions.Partner> partners = new PartnerMatcher(graph)
                .rank(learner, classmates, optedIn, LIMIT).stream().map(StudyPartners::partner).toList();
        return new StudyPartnerSuggestions(true, partners, partners.isEmpty()
                ? "No classmate who has opted in has mastered what you are working on, or is working on what you have "
                        + "mastered, right now. Suggestions change as you and your classmates master skills."
                : null);
    }

    private void requireLearner(CourseSummary course, UUID userId) {
        if (identity.roleIn(userId, course.id()).filter(role -> role == CourseRole.LEARNER).isEmpty()) {
            throw ApiException.forbidden("Study partners are for the course's learners.");
        }
    }

    private static Classmate classmate(MembershipView member, MasteredAndStarted skills) {
        return new Classmate(member.userId(), member.displayName(), skills.mastered(), skills.started());
    }

    private static StudyPartnerSuggestions.Partner partner(PartnerMatch match) {
        return new StudyPartnerSuggestions.Partner(match.classmate().displayName(), skills(match.canHelpYouWith()),
                skills(match.youCanHelpWith()), match.mutual(), PartnerReason.of(match));
    }

    private static List<StudyPartnerSuggestions.Skill> skills(List<SkillGraphView.Skill> skills) {
        return skills.stream().map(s -> new StudyPartnerSuggestions.Skill(s.key(), s.name())).toList();
    }
}
