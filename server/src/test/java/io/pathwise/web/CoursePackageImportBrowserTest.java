package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.TestOrganization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * An instructor keeps their course as files and uploads it on the import page. Each test works in
 * an organization of its own (signed up through the API, with Fractions imported and an instructor
 * enrolled), so the demo course that other tests read never changes.
 */
@IntegrationTest
class CoursePackageImportBrowserTest extends BrowserTest {

    private static final Path ZIPS = Path.of("target", "browser", "packages");

    @Test
    void theInstructorUploadsAChangedPackageAndSeesTheChangeOnTheCoursePage() throws IOException {
        CourseWithInstructor course = CourseWithInstructor.create(api);
        Map<String, String> files = PackageZips.fractions();
        files.put("course.yaml", replaceLine(files.get("course.yaml"), "title: Fractions", "title: Fractions, second edition"));
        String unit = "units/fraction-basics/unit.yaml";
        files.put(unit, replaceLine(files.get(unit), "title: Fraction basics", "title: Fraction basics, revised")
                + """
                  - id: fractions-in-the-kitchen
                    title: Fractions in the kitchen
                    type: lesson
                    teaches: [fraction-as-part-of-whole]
                    assesses: []
                    minutes: 6
                    content: fractions-in-the-kitchen.md
                """);
        files.put("units/fraction-basics/fractions-in-the-kitchen.md", """
                ## Fractions in the kitchen

                A recipe for 4 people needs **3/4 of a cup** of milk. Cooking for 8 people, you need twice as much:
                6/4 cups, which is 1 and 1/2 cups.
                """);

        BrowserSupport.signIn(page, course.instructorEmail(), TestOrganization.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import a course")).click();
        page.waitForURL("**/courses/import");
        page.getByLabel("Package (.zip)").setInputFiles(write("fractions-second-edition.zip", files));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();

        Locator result = page.locator("#import-result");
        assertThat(result).containsText("Course updated");
        assertThat(result).containsText("Fractions, second edition");
        assertThat(result).containsText(course.activities() + 1 + " activities");
        assertThat(page.locator("#import-problems")).hasCount(0);

        result.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Fractions, second edition")).click();
        page.waitForURL("**/courses/fractions");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Fractions, second edition");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1. Fraction basics, revised"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fractions in the kitchen")).click();
        page.waitForURL("**/courses/fractions/activities/fractions-in-the-kitchen");
        assertThat(page.locator(".prose")).containsText("A recipe for 4 people needs 3/4 of a cup of milk.");
    }

    @Test
    void aPackageWithErrorsShowsEachErrorWithFileLineAndReason() throws IOException {
        CourseWithInstructor course = CourseWithInstructor.create(api);
        Map<String, String> files = PackageZips.fractions();
        // 1. An unknown key in an activity (a typo of a known one would be silently lost otherwise).
        String unit = "units/fraction-basics/unit.yaml";
        files.put(unit, replaceFirstLineAfter(files.get(unit), "  - id: what-is-a-fraction", "    minutes: ",
                line -> line + "\n    level: easy"));
        int unknownKeyLine = lineOf(files.get(unit), "    level: easy");
        // 2. An activity whose Markdown file is missing.
        String missingFile = "units/equivalence/" + contentOfFirstActivity(files.get("units/equivalence/unit.yaml"));
        files.remove(missingFile);
        int missingFileLine = lineOf(files.get("units/equivalence/unit.yaml"),
                "    content: " + missingFile.substring("units/equivalence/".length()));
        // 3. A skill with a prerequisite that does not exist.
        files.put("skills.yaml", replaceFirstLineAfter(files.get("skills.yaml"), "  - id: fraction-of-an-amount",
                "    prerequisites: [", line -> line.replace("[", "[long-division, ")));
        int unknownPrerequisiteLine = lineOf(files.get("skills.yaml"), "  - id: fraction-of-an-amount");

        BrowserSupport.signIn(page, course.instructorEmail(), TestOrganization.PASSWORD);
        page.navigate("/courses/import");
        page.getByLabel("Package (.zip)").setInputFiles(write("fractions-with-errors.zip", files));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();

        Locator problems = page.locator("#import-problems");
        assertThat(problems).containsText("3 problem(s) found; nothing was imported");
        assertThat(problems.locator("tr.problem")).hasCount(3);
        assertProblem(problems, unit, unknownKeyLine, "'level' is not a known key here");
        assertProblem(problems, "units/equivalence/unit.yaml", missingFileLine,
                "refers to '" + missingFile + "', which is missing from the package");
        assertProblem(problems, "skills.yaml", unknownPrerequisiteLine,
                "skill 'fraction-of-an-amount' names an unknown prerequisite 'long-division'");
        assertThat(page.locator("#import-result")).hasCount(0);

        page.navigate("/courses/fractions");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Fractions");
        assertThat(page.locator(".meta")).containsText(course.activities() + " activities");
    }

    private static void assertProblem(Locator problems, String file, int line, String reason) {
        Locator row = problems.locator("tr.problem").filter(new Locator.FilterOptions().setHasText(reason));
        assertThat(row).hasCount(1);
        assertThat(row.locator("td")).hasText(new String[] {file, String.valueOf(line), reason});
    }

    /** A fresh organization with the Fractions package imported and an instructor (not an admin) enrolled in it. */
    record CourseWithInstructor(TestOrganization organization, String courseId, String instructorEmail, int activities) {

        static CourseWithInstructor create(Api api) {
            TestOrganization organization = TestOrganization.signUp(api);
            Api.Response imported = api.postRaw("/api/v1/course-packages", organization.adminToken(), "application/zip",
                    PackageZips.zip(PackageZips.fractions()), Map.of());
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            String courseId = imported.json().get("course").get("id").asString();
            organization.newUser(api, "teacher");
            Api.Response enrolled = api.post("/api/v1/courses/" + courseId + "/members", organization.adminToken(),
                    Map.of("email", organization.email("teacher"), "displayName", "teacher", "role", "INSTRUCTOR"));
            assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
            return new CourseWithInstructor(organization, courseId, organization.email("teacher"),
                    imported.json().get("activities").asInt());
        }
    }

    static Path write(String name, Map<String, String> files) throws IOException {
        Files.createDirectories(ZIPS);
        return Files.write(ZIPS.resolve(name), PackageZips.zip(files));
    }

    /** The text with one whole line replaced; fails when the line is not there exactly once. */
    static String replaceLine(String text, String line, String replacement) {
        List<String> lines = text.lines().toList();
        assertThat(lines).as("the package line to change").containsOnlyOnce(line);
        return String.join("\n", lines.stream().map(l -> l.equals(line) ? replacement : l).toList()) + "\n";
    }

    /**
     * The text with one line changed: the first line starting with {@code prefix} after the line
     * {@code anchor} (so that a change lands in the right skill or activity).
     */
    static String replaceFirstLineAfter(String text, String anchor, String prefix,
            UnaryOperator<String> change) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int index = lineOf(text, anchor);
        while (index < lines.size() && !lines.get(index).startsWith(prefix)) {
            index++;
        }
        assertThat(index).as("a line starting with '%s' after '%s'", prefix, anchor).isLessThan(lines.size());
        lines.set(index, change.apply(lines.get(index)));
        return String.join("\n", lines) + "\n";
    }

    /** The 1-based number of the first line that is exactly this text. */
    static int lineOf(String text, String line) {
        int index = text.lines().toList().indexOf(line);
        assertThat(index).as("line '%s' in the package", line).isNotNegative();
        return index + 1;
    }

    private static String contentOfFirstActivity(String unitYaml) {
        return unitYaml.lines().filter(l -> l.startsWith("    content: ")).findFirst().orElseThrow()
                .substring("    content: ".length());
    }
}
