package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.pathwise.demo.DemoAccounts;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.TestOrganization;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On a phone 360 CSS pixels wide nothing scrolls sideways, and signing in works. */
@IntegrationTest
class SmallScreenBrowserTest extends BrowserTest {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;

    @Override
    protected BrowserContext newContext() {
        return browser.newContext(api.baseUrl(), WIDTH, HEIGHT);
    }

    @Test
    void theSignInFormFitsAndWorksOnAPhone() {
        page.navigate("/sign-in");
        assertFitsWidth("the sign-in page");
        for (String field : new String[] {"E-mail address", "Password"}) {
            BoundingBox box = page.getByLabel(field).boundingBox();
            assertThat(box.x).as(field + " starts on screen").isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(field + " ends on screen").isLessThanOrEqualTo(WIDTH);
        }

        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your courses"))).isVisible();
        assertFitsWidth("the course list");
    }

    @Test
    void theCoursePageWithItsSkillMapDoesNotScrollSideways() {
        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        page.navigate("/courses/" + DemoAccounts.COURSE_SLUG);
        page.waitForSelector("#skill-map[data-rendered-nodes]");
        assertFitsWidth("the course page");
        BoundingBox map = page.locator("#skill-map").boundingBox();
        assertThat(map.width).as("skill map width").isGreaterThan(WIDTH / 2.0).isLessThanOrEqualTo(WIDTH);

        page.navigate("/courses/" + DemoAccounts.COURSE_SLUG + "/activities/practice-parts-of-a-whole");
        assertFitsWidth("a practice activity");
    }

    @Test
    void theImportPageDoesNotScrollSidewaysEvenWithItsProblemsTable() throws IOException {
        TestOrganization organization = TestOrganization.signUp(api);
        BrowserSupport.signIn(page, organization.adminEmail(), TestOrganization.PASSWORD);
        page.navigate("/courses/import");
        assertFitsWidth("the empty import page");

        Map<String, String> broken = PackageZips.fractions();
        broken.remove("units/adding-and-subtracting/practice-adding-subtracting-unlike.md");
        broken.put("skills.yaml", broken.get("skills.yaml").replace("prerequisites: [unit-fractions]",
                "prerequisites: [unit-fractions, an-exceptionally-long-prerequisite-name-without-spaces]"));
        page.getByLabel("Package (.zip)").setInputFiles(CoursePackageImportBrowserTest.write("small-screen-broken.zip", broken));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
        assertThat(page.locator("#import-problems tr.problem")).not().hasCount(0);
        assertFitsWidth("the import page with problems");
    }

    private void assertFitsWidth(String what) {
        assertThat(BrowserSupport.scrollWidth(page)).as("width of %s laid out at %d px", what, WIDTH)
                .isLessThanOrEqualTo(WIDTH);
    }
}
