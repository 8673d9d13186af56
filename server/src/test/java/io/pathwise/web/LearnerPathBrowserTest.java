package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pathwise.demo.DemoAccounts;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.SkillCourse;
import io.pathwise.support.TestOrganization;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: the learner's "What next" panel and mastery on the course page, and the
 * instructor's heat map of learners' mastery (a page at a time), all free of WCAG 2.2 A/AA violations.
 */
@IntegrationTest
class LearnerPathBrowserTest extends BrowserTest {

    @Test
    void theLearnerSeesWhatToDoNextWithTheReasonAndTheirMastery() {
        BrowserSupport.BrowserErrors errors = BrowserSupport.BrowserErrors.watch(page);
        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        page.navigate("/courses/" + DemoAccounts.COURSE_SLUG);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What next"))).isVisible();
        assertThat(page.locator("#what-next .next-steps li").first()).isVisible();
        String firstReason = page.locator("#what-next .next-steps li .reason").first().textContent();
        assertThat(firstReason).isNotBlank();
        page.locator("#what-next .next-steps li a").first().click();
        page.waitForURL("**/courses/" + DemoAccounts.COURSE_SLUG + "/activities/**");
        page.goBack();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your mastery"))).isVisible();
        page.locator("#my-mastery summary").click();
        assertThat(page.locator("#my-mastery .mastery-list li").first()).containsText("%");
        page.waitForSelector("#skill-map[data-rendered-nodes]");
        BrowserSupport.assertAccessible(page, "the course page with What next and the learner's mastery");
        assertThat(errors.messages()).as("errors in the browser console").isEmpty();
    }

    @Test
    void theInstructorSeesEveryLearnersMasteryAsAHeatMap() {
        BrowserSupport.signIn(page, DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        page.navigate("/courses/" + DemoAccounts.COURSE_SLUG);
        assertThat(page.locator("#what-next")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Learner mastery")).click();
        page.waitForURL("**/courses/" + DemoAccounts.COURSE_SLUG + "/mastery");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Learner mastery").setLevel(1)))
                .isVisible();
        assertThat(page.locator("#mastery-map tbody tr").first()).isVisible();
        assertThat(page.locator("#mastery-map tbody td").nth(1)).containsText("%");
        BrowserSupport.assertAccessible(page, "the learners' mastery heat map");
    }

    @Test
    void aCohortLargerThanAPageIsShownAHundredLearnersAtATime() {
        SkillCourse.Imported course = SkillCourse.create(api, "cohort");
        for (int i = 0; i < 101; i++) {
            Courses.enrol(api, course.org().adminToken(), course.courseId(), course.org().email("learner-%03d".formatted(i)),
                    "LEARNER");
        }
        BrowserSupport.signIn(page, course.org().adminEmail(), TestOrganization.PASSWORD);
        page.navigate("/courses/" + course.slug() + "/mastery");

        assertThat(page.locator("#learner-count")).hasText("Showing 100 of 101 learners, 100 at a time.");
        assertThat(page.locator("#mastery-map tbody tr")).hasCount(100);
        assertThat(page.locator("#mastery-map tbody th").first()).hasText("learner-000");
        BrowserSupport.assertAccessible(page, "the first page of a heat map with more learners than a page");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next learners")).click();

        assertThat(page.locator("#mastery-map tbody tr")).hasCount(1);
        assertThat(page.locator("#mastery-map tbody th")).hasText("learner-100");
        assertThat(page.locator("#next-learners")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("First learners")).click();
        assertThat(page.locator("#mastery-map tbody tr")).hasCount(100);
    }

    @Test
    void aLearnerCannotOpenTheHeatMap() {
        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        com.microsoft.playwright.Response response = page.navigate("/courses/" + DemoAccounts.COURSE_SLUG + "/mastery");
        assertThat(response.status()).isEqualTo(403);
    }
}
