package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pathwise.demo.DemoAccounts;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.RulesCourse;
import io.pathwise.support.TestOrganization;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** axe-core finds no WCAG 2.2 A or AA violation on the pages of the foundation, in each state they show. */
@IntegrationTest
class AccessibilityBrowserTest extends BrowserTest {

    @Test
    void theSignInPageIsAccessibleBeforeAndAfterAFailedAttempt() {
        page.navigate("/sign-in");
        BrowserSupport.assertAccessible(page, "the sign-in page");

        page.getByLabel("E-mail address").fill("nobody@pathwise.demo");
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/sign-in?error");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match");
        BrowserSupport.assertAccessible(page, "the sign-in page with an error");
    }

    @Test
    void theSignInPageAskingForTheOrganizationIsAccessible() {
        page.navigate("/sign-in?organization");

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("more than one organization");
        assertThat(page.getByLabel("Organization's short name")).isVisible();
        BrowserSupport.assertAccessible(page, "the sign-in page asking for the organization");
    }

    @Test
    void theCourseListIsAccessible() {
        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(page.locator(".card")).not().hasCount(0);
        BrowserSupport.assertAccessible(page, "the course list");
    }

    @Test
    void theCoursePageWithItsSkillMapIsAccessible() {
        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        page.navigate("/courses/" + DemoAccounts.COURSE_SLUG);
        page.waitForSelector("#skill-map[data-rendered-nodes]");
        BrowserSupport.assertAccessible(page, "the course page");
    }

    @Test
    void theCoursePageIsAccessibleToItsInstructor() {
        BrowserSupport.signIn(page, DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        page.navigate("/courses/" + DemoAccounts.COURSE_SLUG);
        page.waitForSelector("#skill-map[data-rendered-nodes]");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download course package"))).isVisible();
        BrowserSupport.assertAccessible(page, "the course page as its instructor");
    }

    @Test
    void lessonAndPracticeActivityPagesAreAccessible() {
        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        page.navigate("/courses/" + DemoAccounts.COURSE_SLUG + "/activities/what-is-a-fraction");
        assertThat(page.locator("h1")).hasText("What is a fraction?");
        BrowserSupport.assertAccessible(page, "a lesson");

        page.navigate("/courses/" + DemoAccounts.COURSE_SLUG + "/activities/practice-parts-of-a-whole");
        page.getByText("Show the answer").first().click();
        BrowserSupport.assertAccessible(page, "a practice with an answer shown");
    }

    @Test
    void theImportPageIsAccessibleEmptyWithErrorsAndAfterAnImport() throws IOException {
        TestOrganization organization = TestOrganization.signUp(api);
        BrowserSupport.signIn(page, organization.adminEmail(), TestOrganization.PASSWORD);
        page.navigate("/courses/import");
        BrowserSupport.assertAccessible(page, "the empty import page");

        Map<String, String> broken = PackageZips.fractions();
        broken.put("course.yaml", broken.get("course.yaml") + "colour: blue\n");
        broken.remove("description.md");
        page.getByLabel("Package (.zip)").setInputFiles(CoursePackageImportBrowserTest.write("a11y-broken.zip", broken));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
        assertThat(page.locator("#import-problems tr.problem")).hasCount(2);
        BrowserSupport.assertAccessible(page, "the import page with errors");

        page.getByLabel("Package (.zip)").setInputFiles(
                CoursePackageImportBrowserTest.write("a11y-fractions.zip", PackageZips.fractions()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
        assertThat(page.locator("#import-result")).containsText("Course created");
        BrowserSupport.assertAccessible(page, "the import page after an import");
    }

    @Test
    void theAlertsStuckLearnersAndLearnerProgressPagesAndALearnersUnitsStillToOpenAreAccessible() {
        TestOrganization organization = TestOrganization.signUp(api);
        String slug = "a11y-rules-" + UUID.randomUUID().toString().substring(0, 8);
        UUID courseId = RulesCourse.publishIn(api, organization, slug);
        organization.newUser(api, "learner");
        Courses.enrol(api, organization.adminToken(), courseId, organization.email("learner"), "LEARNER");
        RulesCourse.answer(api, organization, courseId, organization.email("learner"), "equivalent", false, false, false);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> api.get(
                "/api/v1/courses/" + slug + "/alerts", organization.adminToken()).json().get("items").size() == 2
                && api.get("/api/v1/courses/" + slug + "/stuck-learners", organization.adminToken()).json()
                        .get("stuckCount").asInt() == 1);

        BrowserSupport.signIn(page, organization.adminEmail(), TestOrganization.PASSWORD);
        page.navigate("/courses/" + slug + "/alerts");
        assertThat(page.locator("#alerts tr.alert-row")).hasCount(2);
        BrowserSupport.assertAccessible(page, "the alerts page");
        page.navigate("/courses/" + slug + "/stuck");
        assertThat(page.locator("#stuck-learners tr.stuck-row")).hasCount(1);
        BrowserSupport.assertAccessible(page, "the page of learners who may be stuck");
        page.locator("#stuck-learners tr.stuck-row a").click();
        assertThat(page.locator("#stuck-skills li")).hasCount(1);
        BrowserSupport.assertAccessible(page, "a learner's progress page");

        context.clearCookies();
        BrowserSupport.signIn(page, organization.email("learner"), TestOrganization.PASSWORD);
        page.navigate("/courses/" + slug);
        page.waitForSelector("#skill-map[data-rendered-nodes]");
        assertThat(page.locator("#locked-units li")).hasText("Decimals");
        BrowserSupport.assertAccessible(page, "a learner's course page with a unit still to open");
    }
}
