package io.pathwise.pathways.partners;

import io.pathwise.identity.CourseRole;
import io.pathwise.identity.MembershipChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A learner who leaves a course, or becomes one of its staff, is opted out of its study partners:
 * coming back as a learner (next term, say) starts opted out again, as everyone does, instead of
 * sharing their name on an old choice. Deleting is idempotent, so a redelivered event changes nothing.
 */
@Component
class LeavingEndsOptIn {

    private final OptInStore optIns;

    LeavingEndsOptIn(OptInStore optIns) {
        this.optIns = optIns;
    }

    @ApplicationModuleListener
    void on(MembershipChanged change) {
        if (change.role() != CourseRole.LEARNER) {
            optIns.optOut(change.courseId(), change.userId());
        }
    }
}
