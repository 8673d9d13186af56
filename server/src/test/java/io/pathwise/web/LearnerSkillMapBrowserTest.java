package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.pathwise.demo.DemoAccounts;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo learner's first visit, in a real browser: sign in, find the course, see its skill map, read an activity. */
@IntegrationTest
class LearnerSkillMapBrowserTest extends BrowserTest {

    @Test
    void theLearnerSignsInOpensFractionsAndSeesEverySkillOnTheSkillMap() {
        List<String> skillNames = fractionsSkillNames();
        assertThat(skillNames).hasSizeGreaterThanOrEqualTo(15);
        BrowserSupport.BrowserErrors errors = BrowserSupport.BrowserErrors.watch(page);

        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your courses"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fractions").setExact(true)).click();
        page.waitForURL("**/courses/" + DemoAccounts.COURSE_SLUG);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fractions").setExact(true).setLevel(1)))
                .isVisible();
        assertThat(page.locator("#skill-list-items li")).hasCount(skillNames.size());
        for (String name : skillNames) {
            assertThat(page.locator("#skill-list-items li strong").getByText(name, new Locator.GetByTextOptions().setExact(true)))
                    .hasCount(1);
        }
        page.waitForSelector("#skill-map[data-rendered-nodes]");
        assertThat(page.locator("#skill-map")).hasAttribute("data-rendered-nodes", String.valueOf(skillNames.size()));
        assertThat(page.locator("#skill-map canvas").first()).isVisible();

        assertThat(errors.messages()).as("errors in the browser console on the course page").isEmpty();
    }

    @Test
    void theSkillMapIsNotBlockedByTheContentSecurityPolicy() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            String text = message.text().toLowerCase();
            if (text.contains("content security policy") || text.contains("refused")) {
                violations.add(message.text());
            }
        });
        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        Response response = page.navigate("/courses/" + DemoAccounts.COURSE_SLUG);

        assertThat(response.headerValue("content-security-policy")).contains("script-src 'self'");
        page.waitForSelector("#skill-map[data-rendered-nodes]");
        assertThat(Integer.parseInt(page.locator("#skill-map").getAttribute("data-rendered-nodes"))).isPositive();
        assertThat(violations).as("CSP refusals on the course page").isEmpty();
    }

    @Test
    void anActivityPageShowsItsText() {
        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        page.navigate("/courses/" + DemoAccounts.COURSE_SLUG);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What is a fraction?")).click();
        page.waitForURL("**/courses/" + DemoAccounts.COURSE_SLUG + "/activities/what-is-a-fraction");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What is a fraction?").setLevel(1)))
                .isVisible();
        assertThat(page.locator(".prose").first()).containsText("Imagine you and three friends share a pizza.");
        assertThat(page.locator(".prose strong").first()).hasText("4 equal slices");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fractions").setExact(true))).isVisible();
    }

    /** The skills of the demo course as the API reports them to the learner. */
    private List<String> fractionsSkillNames() {
        String token = api.signIn(DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        String courseId = null;
        for (JsonNode course : api.get("/api/v1/courses", token).json().get("items")) {
            if (DemoAccounts.COURSE_SLUG.equals(course.get("slug").asString())) {
                courseId = course.get("id").asString();
            }
        }
        assertThat(courseId).as("the learner sees the demo course through the API").isNotNull();
        Api.Response skills = api.get("/api/v1/courses/" + courseId + "/skills", token);
        assertThat(skills.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        skills.json().get("skills").forEach(skill -> names.add(skill.get("name").asString()));
        return names;
    }
}
