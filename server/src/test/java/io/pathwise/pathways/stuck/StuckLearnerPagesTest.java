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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page of learners who may be stuck: for the course's staff (linked from the course page), never
 * its learners; it shows what the API gives, links each learner to their progress page (what they
 * may be stuck on, their next steps, their locked units and skills), and says so when nobody is stuck.
 */
@IntegrationTest
class StuckLearnerPagesTest extends ApiTest {

    private static final Pattern LEARNER_LINK = Pattern.compile("class=\"name\"><a\\s+href=\"([^\"]+)\">([^<]+)</a>");

    TestOrganization org;
    String slug;
    UUID courseId;

    @BeforeEach
    void course() {
        RulesCourse.Taught taught = RulesCourse.taught(api, "stuck-pages");
        org = taught.org();
        slug = taught.slug();
        courseId = taught.courseId();
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
                "data-signals=\"wrong-answers\"", "Last 3 answers wrong.")
                .doesNotContain("id=\"more-stuck\"");
        Matcher link = LEARNER_LINK.matcher(page.body());
        assertThat(link.find()).as("the learner's name links to their progress").isTrue();
        assertThat(link.group(2)).isEqualTo("struggling");

        HttpResponse<String> progress = teacher.get(link.group(1));
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("<h1>struggling</h1>", "0 of 3 skills mastered",
                "data-signals=\"wrong-answers\"", "Last 3 answers wrong.", "id=\"their-next-steps\"",
                "data-kind=\"rule\"", "Read the lesson on equivalent fractions again before more practice.",
                "data-unit=\"" + RulesCourse.LOCKED_UNIT + "\"",
                "<td role=\"cell\" data-label=\"Answers right\">0 of 3</td>");

        PageSession learner = PageSession.signIn(port, org.email("struggling"), TestOrganization.PASSWORD);
        assertThat(learner.get("/courses/" + slug + "/stuck").statusCode()).isEqualTo(403);
        assertThat(learner.get(link.group(1)).statusCode()).as("their own progress page is for staff").isEqualTo(403);
        assertThat(teacher.get("/courses/" + slug + "/learners/" + UUID.randomUUID()).statusCode()).as("not a member")
                .isEqualTo(404);
        assertThat(learner.get("/courses/" + slug).body()).doesNotContain("stuck-learners-link");
    }

    @Test
    void thePageSaysSoWhenNobodyMayBeStuck() {
        PageSession teacher = PageSession.signIn(port, org.email("teacher"), TestOrganization.PASSWORD);

        assertThat(teacher.get("/courses/" + slug + "/stuck").body()).contains("id=\"no-stuck-learners\"")
                .doesNotContain("id=\"stuck-learners\"");
    }
}
