package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pathwise.support.Api;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.SkillCourse;
import io.pathwise.support.TestOrganization;
import io.pathwise.support.Xapi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * In a real browser: a learner opts in to study partners from the course page's form, sees the
 * classmate who complements them with the reason, and opts out again; the section meets WCAG 2.2 AA.
 */
@IntegrationTest
class StudyPartnersBrowserTest extends BrowserTest {

    @Test
    void aLearnerOptsInOnTheCoursePageSeesTheirPartnerWithTheReasonAndOptsOut() {
        TestOrganization org = TestOrganization.signUp(api);
        String slug = "partners-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response imported = api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(SkillCourse.files(slug)));
        assertThat(imported.status()).as("import: %s", imported).isEqualTo(201);
        UUID courseId = UUID.fromString(imported.json().get("course").get("id").asString());
        Courses.publish(api, org.adminToken(), courseId);
        org.newUser(api, "ann");
        String ben = org.newUser(api, "ben");
        Courses.enrol(api, org.adminToken(), courseId, org.email("ann"), "LEARNER");
        Courses.enrol(api, org.adminToken(), courseId, org.email("ben"), "LEARNER");
        Xapi client = Xapi.forOrganization(api, org, "1.0.3", "all");
        master(client, org, courseId, "ann", SkillCourse.FIRST);
        master(client, org, courseId, "ben", SkillCourse.SECOND);
        assertThat(api.put("/api/v1/courses/" + slug + "/study-partners/opt-in", ben, Map.of("optedIn", true)).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> mastered(slug, ben, SkillCourse.SECOND));

        BrowserSupport.BrowserErrors errors = BrowserSupport.BrowserErrors.watch(page);
        BrowserSupport.signIn(page, org.email("ann"), TestOrganization.PASSWORD);
        page.navigate("/courses/" + slug);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Study partners"))).isVisible();
        assertThat(page.locator("#study-partners .partners li")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opt in to study partners")).click();
        page.waitForURL("**/courses/" + slug + "#study-partners");

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            page.reload();
            return page.locator("#study-partners .partners li").count() == 1;
        });
        assertThat(page.locator("#study-partners .partners li strong")).hasText("ben");
        assertThat(page.locator("#study-partners .partners li .reason")).hasText("ben has mastered Adding unlike fractions, "
                + "which you are working on; you have mastered Equivalent fractions, which ben is working on.");
        assertThat(page.locator("#study-partners")).not().containsText("%");
        BrowserSupport.assertAccessible(page, "the course page with study partners");
        JsonNode forBen = api.get("/api/v1/courses/" + slug + "/study-partners", ben).json();
        assertThat(forBen.get("partners").get(0).get("displayName").asString()).isEqualTo("ann");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opt out of study partners")).click();
        page.waitForURL("**/courses/" + slug + "#study-partners");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opt in to study partners")))
                .isVisible();
        assertThat(page.locator("#study-partners .partners li")).hasCount(0);
        assertThat(api.get("/api/v1/courses/" + slug + "/study-partners", ben).json().get("partners")).isEmpty();
        assertThat(errors.messages()).as("errors in the browser console").isEmpty();
    }

    /** Three right answers, as an external xAPI client sends them: enough to master the skill. */
    private void master(Xapi client, TestOrganization org, UUID courseId, String name, String skill) {
        String iri = api.get(Courses.course(courseId) + "/activities/" + SkillCourse.practiceOf(skill), org.adminToken())
                .json().get("activity").get("iri").asString();
        List<Map<String, Object>> statements = new ArrayList<>();
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            statements.add(Map.of("id", UUID.randomUUID().toString(),
                    "actor", Map.of("objectType", "Agent", "mbox", "mailto:" + org.email(name)),
                    "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/answered"),
                    "object", Map.of("objectType", "Activity", "id", iri),
                    "result", Map.of("success", true), "timestamp", start.plusSeconds(60L * i).toString()));
        }
        assertThat(client.post("/xapi/statements", statements).status()).isEqualTo(200);
    }

    private boolean mastered(String slug, String token, String skill) {
        for (JsonNode node : api.get("/api/v1/courses/" + slug + "/mastery", token).json().get("skills")) {
            if (node.get("skillKey").asString().equals(skill)) {
                return node.get("mastered").asBoolean();
            }
        }
        return false;
    }
}
