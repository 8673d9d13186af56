package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pathwise.demo.DemoAccounts;
import io.pathwise.support.Api;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.SkillCourse;
import io.pathwise.support.TestOrganization;
import io.pathwise.support.Xapi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * In a real browser: the learner's "What next" panel and mastery on the course page, and the
 * instructor's heat map of learners' mastery (a page at a time), all free of WCAG 2.2 A/AA violations.
 */
@IntegrationTest
class LearnerPathBrowserTest extends BrowserTest {

    /** The background of a heat map cell at each level (pathwise.css). */
    private static final Map<String, String> LEVEL_COLOURS = Map.of("mastered", "rgb(216, 240, 221)",
            "high", "rgb(238, 247, 217)", "mid", "rgb(255, 244, 214)", "low", "rgb(253, 226, 224)");
    /** At most the bytes of a low cell with a two-digit percentage: {@code <td>30%</td>} and a little room. */
    private static final int LOW_CELL_BYTES = 16;
    private static final Pattern ARIA_CELL = Pattern.compile("^\\s*- cell \"([^\"]*)\"", Pattern.MULTILINE);
    /**
     * A learner's row as the page writes it, with the skill cells after the Mastered one; the name
     * links to the learner's progress page.
     */
    private static final Pattern HTML_ROW = Pattern.compile("<tr data-learner=\"[^\"]+\">\\s*<th scope=\"row\">"
            + "<a\\s+href=\"[^\"]*/learners/[^\"]*\">[^<]*</a></th>\\s*<td>\\d+</td>(.*?)\\s*</tr>", Pattern.DOTALL);

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
    void eachCellOfTheHeatMapReadsAsTheLearnersProbabilityAndIsColouredByItsLevel() {
        SkillCourse.Imported course = SkillCourse.create(api, "levels");
        TestOrganization org = course.org();
        for (String name : List.of("ann", "ben")) {
            org.newUser(api, name);
            Courses.enrol(api, org.adminToken(), course.courseId(), org.email(name), "LEARNER");
        }
        // Ann: three right answers (mastered), two (high), one (mid); Ben: one wrong answer, and priors (low).
        Instant at = Instant.now().minus(Duration.ofHours(1));
        List<Map<String, Object>> answers = new ArrayList<>();
        int[] rightAnswers = {3, 2, 1};
        String[] skills = {SkillCourse.FIRST, SkillCourse.SECOND, SkillCourse.THIRD};
        for (int s = 0; s < skills.length; s++) {
            String iri = course.activityIri(api, SkillCourse.practiceOf(skills[s]));
            for (int i = 0; i < rightAnswers[s]; i++) {
                answers.add(SkillCourse.answer(org.email("ann"), iri, true, at.plusSeconds(60L * answers.size())));
            }
        }
        answers.add(SkillCourse.answer(org.email("ben"), course.activityIri(api, SkillCourse.practiceOf(SkillCourse.FIRST)),
                false, at));
        Api.Response sent = Xapi.forOrganization(api, org, "1.0.3", "all").post("/xapi/statements", answers);
        assertThat(sent.status()).as("%s", sent).isEqualTo(200);
        String mapPath = "/api/v1/courses/" + course.slug() + "/mastery/learners";
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode rows = api.get(mapPath, org.adminToken()).json().get("learners");
            return rows.size() == 2 && rows.get(1).get("mastered").asInt() == 1
                    && rows.get(0).get("known").get(0).asDouble() < 0.3;
        });
        JsonNode map = api.get(mapPath, org.adminToken()).json();
        double threshold = map.get("threshold").asDouble();

        BrowserSupport.signIn(page, org.adminEmail(), TestOrganization.PASSWORD);
        page.navigate("/courses/" + course.slug() + "/mastery");

        Set<String> levelsSeen = new HashSet<>();
        for (JsonNode learner : map.get("learners")) {
            Locator row = page.locator("#mastery-map tbody tr[data-learner=\"" + learner.get("userId").asString() + "\"]");
            List<String> expectedCells = new ArrayList<>(List.of(learner.get("mastered").asString()));
            List<String> expectedColours = new ArrayList<>();
            for (JsonNode known : learner.get("known")) {
                double k = known.asDouble();
                expectedCells.add(new BigDecimal(k * 100).setScale(0, RoundingMode.HALF_EVEN) + "%");
                String level = k >= threshold ? "mastered" : k >= 0.7 ? "high" : k >= 0.4 ? "mid" : "low";
                levelsSeen.add(level);
                expectedColours.add(LEVEL_COLOURS.get(level));
            }
            // What a screen reader reads: the row's cells in the accessibility tree, each with its percentage.
            assertThat(cellNames(row.ariaSnapshot())).as("cells of %s", learner.get("displayName"))
                    .containsExactlyElementsOf(expectedCells);
            assertThat(row.locator("td + td").evaluateAll("cells => cells.map(c => getComputedStyle(c).backgroundColor)"))
                    .as("colours of %s's cells", learner.get("displayName")).isEqualTo(expectedColours);
        }
        assertThat(levelsSeen).as("levels on the page").containsExactlyInAnyOrder("mastered", "high", "mid", "low");
        BrowserSupport.assertAccessible(page, "a heat map with cells of every level");
    }

    @Test
    void aSkillCellOfALearnerWithoutEvidenceIsLittleMoreThanItsText() {
        SkillCourse.Imported course = SkillCourse.create(api, "bytes");
        for (String name : List.of("ann", "ben")) {
            Courses.enrol(api, course.org().adminToken(), course.courseId(), course.org().email(name), "LEARNER");
        }
        BrowserSupport.signIn(page, course.org().adminEmail(), TestOrganization.PASSWORD);

        String html = page.navigate("/courses/" + course.slug() + "/mastery").text();

        // A page has 100 learners by every skill (83,500 cells on an 835-skill course): a low cell is
        // its text and its tags, with no class or indentation repeated in every cell.
        Matcher row = HTML_ROW.matcher(html);
        int rows = 0;
        while (row.find()) {
            rows++;
            String cells = row.group(1);
            assertThat(Pattern.compile(">30%</td>").matcher(cells).results().count()).as(cells).isEqualTo(3);
            assertThat(cells.length()).as(cells).isLessThanOrEqualTo(3 * LOW_CELL_BYTES);
        }
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void eachSkillIsAColumnHeaderNamedAsItsAuthorWroteItMarkupCharactersAndAll() {
        String name = "<b>&\"x\"</b>";
        SkillCourse.Imported course = SkillCourse.create(api, "headers", files -> files.put("skills.yaml",
                files.get("skills.yaml").replace("name: Mixed numbers", "name: '" + name + "'")));
        Courses.enrol(api, course.org().adminToken(), course.courseId(), course.org().email("ann"), "LEARNER");
        BrowserSupport.signIn(page, course.org().adminEmail(), TestOrganization.PASSWORD);

        String html = page.navigate("/courses/" + course.slug() + "/mastery").text();

        Locator headers = page.locator("#mastery-map thead th");
        assertThat(headers).hasText(new String[] {"Learner", "Mastered", "Equivalent fractions", "Adding unlike fractions", name});
        assertThat(headers.evaluateAll("ths => ths.map(th => th.getAttribute('scope') + ' ' + th.dataset.skill)"))
                .isEqualTo(List.of("col undefined", "col undefined", "col " + SkillCourse.FIRST, "col " + SkillCourse.SECOND,
                        "col " + SkillCourse.THIRD));
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName(name).setExact(true)))
                .isVisible();
        // The name is text, not markup: escaped in the page, so no <b> element comes of it.
        assertThat(html).contains("<th scope=\"col\" data-skill=\"" + SkillCourse.THIRD
                + "\">&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;</th>");
        assertThat(page.locator("#mastery-map thead b")).hasCount(0);
        BrowserSupport.assertAccessible(page, "a heat map whose skill names hold markup characters");
    }

    /** The names of the cells in an ARIA snapshot of a row (its row header left out). */
    private static List<String> cellNames(String ariaSnapshot) {
        List<String> names = new ArrayList<>();
        Matcher cell = ARIA_CELL.matcher(ariaSnapshot);
        while (cell.find()) {
            names.add(cell.group(1));
        }
        return names;
    }

    @Test
    void aLearnerCannotOpenTheHeatMap() {
        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        com.microsoft.playwright.Response response = page.navigate("/courses/" + DemoAccounts.COURSE_SLUG + "/mastery");
        assertThat(response.status()).isEqualTo(403);
    }
}
