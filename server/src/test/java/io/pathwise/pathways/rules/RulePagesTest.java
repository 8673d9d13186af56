package io.pathwise.pathways.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PageSession;
import io.pathwise.support.RulesCourse;
import io.pathwise.support.TestOrganization;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What instructor rules did, as the pages show it: the alerts page lists for the course's staff
 * (never its learners) the alerts the API gives, newest first, with a link and count on the course
 * page; a learner's course page names the units still locked for them until a rule opens them.
 */
@IntegrationTest
class RulePagesTest extends ApiTest {

    TestOrganization org;
    String slug;
    UUID courseId;

    @BeforeEach
    void course() {
        RulesCourse.Taught taught = RulesCourse.taught(api, "rule-pages");
        org = taught.org();
        slug = taught.slug();
        courseId = taught.courseId();
    }

    @Test
    void staffSeeTheAlertsRulesRaisedNewestFirstAndLearnersAreRefused() {
        enrol("struggling");
        answer("struggling", false);
        await().atMost(Duration.ofSeconds(30)).until(() -> apiAlerts().size() == 2);
        List<String> newestFirst = apiAlerts().stream().map(alert -> alert.get("message").asString()).toList();

        PageSession teacher = PageSession.signIn(port, org.email("teacher"), TestOrganization.PASSWORD);
        String coursePage = teacher.get("/courses/" + slug).body();
        assertThat(coursePage).contains("id=\"alerts-link\"", "Alerts (2)");
        HttpResponse<String> page = teacher.get("/courses/" + slug + "/alerts");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("2 alerts in all, newest first.", "struggling is struggling with equivalent fractions",
                "struggling has started the course", "<code>" + RulesCourse.STRUGGLING + "</code>",
                "<code>" + RulesCourse.WELCOME + "</code>").doesNotContain("id=\"older-alerts\"");
        assertThat(page.body().indexOf(newestFirst.get(0))).as("newest first, as the API lists them")
                .isLessThan(page.body().indexOf(newestFirst.get(1)));

        String learnerId = apiAlerts().get(0).get("learnerId").asString();
        String progress = "/courses/" + slug + "/learners/" + learnerId;
        assertThat(page.body()).as("the learner's name opens their progress").contains("href=\"" + progress + "\"");
        assertThat(teacher.get(progress).statusCode()).isEqualTo(200);

        PageSession learner = PageSession.signIn(port, org.email("struggling"), TestOrganization.PASSWORD);
        assertThat(learner.get("/courses/" + slug + "/alerts").statusCode()).isEqualTo(403);
        assertThat(learner.get("/courses/" + slug).body()).doesNotContain("alerts-link");

        assertThat(api.delete(Courses.members(courseId) + "/" + learnerId, org.adminToken()).status()).isEqualTo(204);
        assertThat(teacher.get("/courses/" + slug + "/alerts").body()).as("a learner who left keeps their alerts, unlinked")
                .contains("struggling is struggling with equivalent fractions").doesNotContain("href=\"" + progress + "\"");
    }

    @Test
    void theAlertsPageSaysSoWhenNoRuleHasRaisedOne() {
        PageSession teacher = PageSession.signIn(port, org.email("teacher"), TestOrganization.PASSWORD);

        assertThat(teacher.get("/courses/" + slug).body()).contains("Alerts (0)");
        assertThat(teacher.get("/courses/" + slug + "/alerts").body()).contains("id=\"no-alerts\"")
                .doesNotContain("id=\"alerts\"");
    }

    @Test
    void aLearnersCoursePageNamesTheUnitsStillLockedForThemUntilARuleOpensThem() {
        enrol("ready");
        PageSession learner = PageSession.signIn(port, org.email("ready"), TestOrganization.PASSWORD);
        assertThat(learner.get("/courses/" + slug).body()).contains("id=\"locked-units\"",
                "data-unit=\"" + RulesCourse.LOCKED_UNIT + "\"");

        answer("ready", true, true, true);

        await().atMost(Duration.ofSeconds(30)).until(() -> !api.get("/api/v1/courses/" + slug + "/unit-locks",
                api.signIn(org.email("ready"), TestOrganization.PASSWORD)).json().get("units").get(0).get("locked").asBoolean());
        assertThat(learner.get("/courses/" + slug).body()).doesNotContain("id=\"locked-units\"");
    }

    private void enrol(String name) {
        org.newUser(api, name);
        Courses.enrol(api, org.adminToken(), courseId, org.email(name), "LEARNER");
    }

    private void answer(String learner, boolean... correct) {
        RulesCourse.answer(api, org, courseId, org.email(learner), "equivalent", correct);
    }

    private List<JsonNode> apiAlerts() {
        Api.Response alerts = api.get("/api/v1/courses/" + slug + "/alerts?limit=100", org.adminToken());
        assertThat(alerts.status()).as("%s", alerts).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        alerts.json().get("items").forEach(items::add);
        return items;
    }
}
