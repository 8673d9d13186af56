package io.pathwise.pathways.stuck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PageSession;
import io.pathwise.support.RulesCourse;
import io.pathwise.support.TestOrganization;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page of learners who may be stuck: for the course's staff (linked from the course page), never
 * its learners; it shows what the API gives, and says so when nobody is stuck.
 */
@IntegrationTest
class StuckLearnerPagesTest extends ApiTest {

    TestOrganization org;
    String slug;
    UUID courseId;

    @BeforeEach
    void course() {
        org = TestOrganization.signUp(api);
        slug = "stuck-pages-" + UUID.randomUUID().toString().substring(0, 8);
        courseId = RulesCourse.publishIn(api, org, slug);
        org.newUser(api, "teacher");
        Courses.enrol(api, org.adminToken(), courseId, org.email("teacher"), "INSTRUCTOR");
    }

    @Test
    void staffSeeWhoMayBeStuckWithTheSkillAndTheReasonAndLearnersAreRefused() {
        org.newUser(api, "struggling");
        Courses.enrol(api, org.adminToken(), courseId, org.email("struggling"), "LEARNER");
        RulesCourse.answer(api, org, courseId, org.email("struggling"), "equivalent", false, false, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/courses/" + slug + "/stuck-learners",
                org.adminToken()).json().get("stuckCount").asInt() == 1);

        PageSession teacher = PageSession.signIn(port, org.email("teacher"), TestOrganization.PASSWORD);
        assertThat(teacher.get("/courses/" + slug).body()).contains("id=\"stuck-learners-link\"");
        HttpResponse<String> page = teacher.get("/courses/" + slug + "/stuck");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 learner may be stuck, the most recently active first.",
                "<th scope=\"row\" role=\"rowheader\" data-label=\"Learner\" class=\"name\">struggling</th>",
                "data-signals=\"wrong-answers\"", "Last 3 answers wrong.")
                .doesNotContain("id=\"more-stuck\"");

        PageSession learner = PageSession.signIn(port, org.email("struggling"), TestOrganization.PASSWORD);
        assertThat(learner.get("/courses/" + slug + "/stuck").statusCode()).isEqualTo(403);
        assertThat(learner.get("/courses/" + slug).body()).doesNotContain("stuck-learners-link");
    }

    @Test
    void thePageSaysSoWhenNobodyMayBeStuck() {
        PageSession teacher = PageSession.signIn(port, org.email("teacher"), TestOrganization.PASSWORD);

        assertThat(teacher.get("/courses/" + slug + "/stuck").body()).contains("id=\"no-stuck-learners\"")
                .doesNotContain("id=\"stuck-learners\"");
    }
}
