package io.pathwise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The identity module on its own: the events it announces. */
@ApplicationModuleTest
@ActiveProfiles("test")
class IdentityModuleTest {

    @Autowired
    IdentityApi identity;

    @Test
    void announcesANewUserWhenSomeoneWithoutAnAccountIsEnrolled(Scenario scenario) {
        TenantView tenant = identity.ensureTenant("identity-" + UUID.randomUUID().toString().substring(0, 8), "Identity test");
        UUID courseId = UUID.randomUUID();
        String email = "new-learner-" + UUID.randomUUID() + "@example.org";

        scenario.stimulate(() -> identity.enrol(tenant.id(), courseId, new EnrolmentRequest(email, "New Learner", null)))
                .andWaitForEventOfType(UserRegistered.class)
                .matching(event -> event.tenantId().equals(tenant.id()))
                .toArriveAndVerify(event -> assertThat(identity.user(event.userId()).orElseThrow().active()).isFalse());
    }

    @Test
    void announcesAMembershipChangeWithTheNewRole(Scenario scenario) {
        TenantView tenant = identity.ensureTenant("identity-" + UUID.randomUUID().toString().substring(0, 8), "Identity test");
        UserView learner = identity.createUser(tenant.id(), "learner-" + UUID.randomUUID() + "@example.org", "Lea",
                "a-long-enough-password", false);
        UUID courseId = UUID.randomUUID();

        scenario.stimulate(() -> identity.enrol(tenant.id(), courseId,
                        new EnrolmentRequest(learner.email(), null, CourseRole.TEACHING_ASSISTANT)))
                .andWaitForEventOfType(MembershipChanged.class)
                .matching(event -> event.userId().equals(learner.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.courseId()).isEqualTo(courseId);
                    assertThat(event.role()).isEqualTo(CourseRole.TEACHING_ASSISTANT);
                });
    }

    @Test
    void announcesARemovalAsAMembershipChangeWithoutRole(Scenario scenario) {
        TenantView tenant = identity.ensureTenant("identity-" + UUID.randomUUID().toString().substring(0, 8), "Identity test");
        UserView learner = identity.createUser(tenant.id(), "learner-" + UUID.randomUUID() + "@example.org", "Lea",
                "a-long-enough-password", false);
        UUID courseId = UUID.randomUUID();
        identity.enrol(tenant.id(), courseId, new EnrolmentRequest(learner.email(), null, null));

        scenario.stimulate(() -> identity.removeMember(tenant.id(), courseId, learner.id()))
                .andWaitForEventOfType(MembershipChanged.class)
                .matching(event -> event.userId().equals(learner.id()) && event.role() == null)
                .toArrive();
    }
}
