package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.assessment.store.QuizStore;
import io.pathwise.shared.Ids;
import io.pathwise.support.Api;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.QuizCourse;
import io.pathwise.support.TestOrganization;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * The assessment pages: a learner's results at a quiz, the course's grade book and its grading
 * queue. Every test imports the quiz fixture (known answers) into a fresh organization, with an
 * enrolled learner and instructor, and makes attempts through the API as the quiz player would.
 */
@IntegrationTest
class AssessmentPagesBrowserTest extends BrowserTest {

    private static final String ESSAY = "A fraction is a part of a whole, cut into equal pieces.";

    @Autowired
    private QuizStore quizzes;

    @Autowired
    private AttemptStore attempts;

    private QuizCourse.Imported course;
    private String instructorEmail;

    @BeforeEach
    void course() {
        course = QuizCourse.create(api, null);
        course.org().newUser(api, "teacher");
        instructorEmail = course.org().email("teacher");
        Courses.enrol(api, course.org().adminToken(), course.courseId(), instructorEmail, "INSTRUCTOR");
    }

    @Test
    void anInstructorSeesTheGradeBookWithTheLearnersGradedAttemptItemStatisticsAndRegrades() {
        submit(QuizCourse.QUIZ, wrongHalf(), Map.of("half", Map.of("hintsUsed", 1, "seconds", 12)));
        // A corrected answer key (choice b is now right) regrades the attempt and is logged.
        Api.Response reimported = api.postZip(Courses.PACKAGES, course.org().adminToken(),
                PackageZips.zip(QuizCourse.files(course.slug(), null, "b")));
        assertThat(reimported.status()).as("%s", reimported).isEqualTo(200);

        BrowserSupport.signIn(page, instructorEmail, TestOrganization.PASSWORD);
        page.navigate("/courses/" + course.slug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grade book")).click();
        page.waitForURL("**/courses/" + course.slug() + "/gradebook");

        Locator quiz = page.locator("#quiz-check");
        Locator learner = quiz.locator("tr.learner");
        assertThat(learner).hasCount(1);
        assertThat(learner.locator("th.name")).hasText("learner");
        assertThat(learner.locator("td.attempt").first()).containsText("7 / 7 (100%)");
        assertThat(learner.locator("td.attempt").first()).containsText("Passed");
        assertThat(quiz.locator("tr.item")).hasCount(7);
        Locator half = quiz.locator("tr.item[data-item=half]");
        assertThat(half.locator(".responses")).hasText("1");
        assertThat(half.locator(".mean-score")).hasText("1");
        assertThat(half.locator(".correct-share")).hasText("100%");
        assertThat(half.locator(".mean-seconds")).hasText("12 s");
        assertThat(half.locator(".mean-hints")).hasText("1");
        assertThat(half.locator(".discrimination")).hasText("—");
        assertThat(page.locator("#figures-about")).containsText("a negative value means stronger learners get it wrong");
        Locator regrade = page.locator("#regrades tr.regrade");
        assertThat(regrade).hasCount(1);
        assertThat(regrade).containsText("half");
        assertThat(regrade.locator("td").last()).hasText("1");
        BrowserSupport.assertAccessible(page, "the grade book");
    }

    @Test
    void aGradeBookOfMoreLearnersThanAPageIsShownAHundredLearnersAtATime() {
        UUID quiz = quizzes.ofCourse(course.courseId()).stream()
                .filter(q -> q.definition().activityKey().equals(QuizCourse.QUIZ)).findFirst().orElseThrow().id();
        for (int i = 0; i < 101; i++) {
            // Invited learners with an open attempt each: the page is about paging, not taking quizzes.
            UUID learner = UUID.fromString(Courses.enrol(api, course.org().adminToken(), course.courseId(),
                    course.org().email("pupil-%03d".formatted(i)), "LEARNER").get("userId").asString());
            attempts.insert(new AttemptRow(Ids.newId(), course.org().tenantId(), quiz, learner, 1, 1L, "[]", null,
                    AttemptStatus.OPEN, Instant.now(), null, null, null, null, null, null, false, null, null, null, null,
                    null, 0));
        }
        BrowserSupport.signIn(page, instructorEmail, TestOrganization.PASSWORD);
        page.navigate("/courses/" + course.slug() + "/gradebook");

        assertThat(page.locator("#learner-count"))
                .hasText("101 learners have made attempts. They are shown by name, 100 at a time.");
        Locator learners = page.locator("#quiz-check tr.learner");
        assertThat(learners).hasCount(100);
        assertThat(learners.first().locator("th.name")).hasText("pupil-000");
        assertThat(page.locator("#first-learners")).hasCount(0);
        BrowserSupport.assertAccessible(page, "the first page of a grade book with more learners than a page");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next learners")).click();

        assertThat(learners).hasCount(1);
        assertThat(learners.locator("th.name")).hasText("pupil-100");
        assertThat(page.locator("#quiz-reflect .hint").first()).hasText("None of the learners on this page has made an attempt.");
        assertThat(page.locator("#next-learners")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("First learners")).click();
        assertThat(learners).hasCount(100);
    }

    @Test
    void anInstructorGradesAFreeTextAnswerAndTheLearnerThenSeesTheGradeAndFeedback() {
        String attempt = submit(QuizCourse.ESSAY_QUIZ, (ObjectNode) Api.json().valueToTree(
                Map.of("essay", Map.of("text", ESSAY))), Map.of());

        BrowserSupport.signIn(page, instructorEmail, TestOrganization.PASSWORD);
        page.navigate("/courses/" + course.slug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grading queue (1)")).click();
        page.waitForURL("**/courses/" + course.slug() + "/grading");
        Locator task = page.locator("li.task");
        assertThat(task).hasCount(1);
        assertThat(task).hasAttribute("data-attempt", attempt);
        assertThat(task.locator("h2")).containsText("Reflect");
        assertThat(task.locator("h2")).containsText("learner");
        assertThat(task.locator(".prompt")).containsText("Explain in your own words what a fraction is.");
        assertThat(task.locator("blockquote.answer")).hasText(ESSAY);
        BrowserSupport.assertAccessible(page, "the grading queue");

        // Without a score (the browser's own check switched off) the server says so next to the field.
        page.evalOnSelectorAll("input[type=radio]", "radios => radios.forEach(r => r.required = false)");
        task.getByLabel("Feedback to the learner (optional)").fill("Good start");
        task.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The grade was not saved");
        assertThat(task.locator("#task-0-score-error")).hasText("Score: choose a score");
        assertThat(task.getByLabel("Feedback to the learner (optional)")).hasValue("Good start");
        BrowserSupport.assertAccessible(page, "the grading queue with a grade refused");

        task.getByLabel("0.5: partly right").check();
        task.getByLabel("Feedback to the learner (optional)").fill("Good start: say what the bottom number counts.");
        task.getByRole(AriaRole.BUTTON).click();
        page.waitForURL("**/courses/" + course.slug() + "/grading");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Grade saved: learner’s answer to “essay” in Reflect");
        assertThat(page.locator("#queue-empty")).isVisible();
        assertThat(page.locator("li.task")).hasCount(0);
        BrowserSupport.assertAccessible(page, "the empty grading queue after grading");
        page.navigate("/courses/" + course.slug());
        assertThat(page.locator("#grading-queue-link")).hasText("Grading queue (0)");

        context.clearCookies();
        BrowserSupport.signIn(page, course.learnerEmail(), TestOrganization.PASSWORD);
        page.navigate("/courses/" + course.slug() + "/quizzes/" + QuizCourse.ESSAY_QUIZ + "/results");
        Locator row = page.locator("#attempts tr.attempt");
        assertThat(row.locator(".status")).hasText("Graded");
        assertThat(row.locator(".score")).hasText("0.5 / 1 (50%)");
        Locator essay = page.locator("#attempt-1 li.review-item[data-item=essay]");
        assertThat(essay.locator(".answer")).hasText(ESSAY);
        assertThat(essay.locator(".verdict")).hasText("Partly right (0.5 of 1)");
        assertThat(essay.locator(".feedback")).hasText("Good start: say what the bottom number counts.");
    }

    @Test
    void aQueueLongerThanAPageIsShownTwentyAnswersAtATimeAndGradingOnTheNextPageStaysThere() {
        for (int i = 1; i <= 21; i++) {
            submit(QuizCourse.ESSAY_QUIZ, (ObjectNode) Api.json().valueToTree(
                    Map.of("essay", Map.of("text", "Answer number " + i + "."))), Map.of());
        }

        BrowserSupport.signIn(page, instructorEmail, TestOrganization.PASSWORD);
        page.navigate("/courses/" + course.slug() + "/grading");
        assertThat(page.locator("#queue-size")).hasText("21 answers are waiting. This page shows 20, 20 at a time.");
        assertThat(page.locator("li.task")).hasCount(20);
        assertThat(page.locator("li.task blockquote.answer").first()).hasText("Answer number 1.");
        assertThat(page.locator("#first-answers")).hasCount(0);
        page.locator("#next-answers").click();
        Locator last = page.locator("li.task");
        assertThat(last).hasCount(1);
        assertThat(last.locator("blockquote.answer")).hasText("Answer number 21.");
        BrowserSupport.assertAccessible(page, "the second page of the grading queue");

        last.getByLabel("1: right").check();
        last.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Grade saved: learner’s answer to “essay” in Reflect");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/grading\\?cursor=.+"));
        assertThat(page.locator("li.task")).hasCount(0);
        assertThat(page.locator("#page-empty")).isVisible();
        assertThat(page.locator("#queue-size")).hasText("20 answers are waiting.");
        page.locator("#first-answers").click();
        assertThat(page.locator("li.task")).hasCount(20);
        assertThat(page.locator("#next-answers")).hasCount(0);
    }

    @Test
    void aLearnerSeesTheirResultsWithAnswersRightAnswersAndWorkedSolutions() {
        submit(QuizCourse.QUIZ, wrongHalf(), Map.of());

        BrowserSupport.signIn(page, course.learnerEmail(), TestOrganization.PASSWORD);
        page.navigate("/courses/" + course.slug());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grade book"))).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your results for Check your fractions")).click();
        page.waitForURL("**/quizzes/check/results");

        assertThat(page.locator("h1")).hasText("Your results: Check your fractions");
        Locator row = page.locator("#attempts tr.attempt");
        assertThat(row).hasCount(1);
        assertThat(row.locator(".status")).hasText("Graded");
        assertThat(row.locator(".score")).hasText("6 / 7 (86%)");
        assertThat(row.locator(".passed")).hasText("Yes");
        assertThat(page.locator("#attempt-1 li.review-item")).hasCount(7);
        Locator half = page.locator("#attempt-1 li.review-item[data-item=half]");
        assertThat(half.locator(".prose").first()).containsText("Which fraction is equal to 1/2?");
        assertThat(half.locator(".answer")).hasText("2/3");
        assertThat(half.locator(".verdict")).hasText("Wrong");
        assertThat(half.locator(".expected")).hasText("2/4");
        half.getByText("Worked solution").click();
        assertThat(half.locator("details.solution .prose")).containsText("1/2 = 2/4");
        Locator capitals = page.locator("#attempt-1 li.review-item[data-item=capitals]");
        assertThat(capitals.locator(".answer")).hasText("France → Paris; Italy → Rome");
        assertThat(capitals.locator(".verdict")).hasText("Right");
        assertThat(capitals.locator(".expected")).hasCount(0);
        assertThat(capitals.locator("details.solution")).hasCount(0);
        BrowserSupport.assertAccessible(page, "a learner's quiz results");

        page.navigate("/courses/" + course.slug() + "/activities/" + QuizCourse.ESSAY_QUIZ);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your results").setExact(true)).click();
        page.waitForURL("**/quizzes/" + QuizCourse.ESSAY_QUIZ + "/results");
        assertThat(page.locator("#no-attempts")).isVisible();
        BrowserSupport.assertAccessible(page, "quiz results without attempts");
    }

    @Test
    void learnersAndOtherOrganizationsAreRefusedTheGradeBookAndTheQueue() {
        String attempt = submit(QuizCourse.ESSAY_QUIZ, (ObjectNode) Api.json().valueToTree(
                Map.of("essay", Map.of("text", ESSAY))), Map.of());
        BrowserSupport.signIn(page, course.learnerEmail(), TestOrganization.PASSWORD);

        for (String path : new String[] {"/gradebook", "/grading"}) {
            Response response = page.navigate("/courses/" + course.slug() + path);
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(page.locator("main")).not().containsText(ESSAY);
        }
        // Grading through the page's form is refused too, and the answer stays in the queue.
        String csrf = page.navigate("/courses").text().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var post = page.request().post("/courses/" + course.slug() + "/grading", RequestOptions.create().setForm(
                FormData.create().set("_csrf", csrf).set("attemptId", attempt).set("itemKey", "essay").set("score", "1")));
        assertThat(post.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/courses/" + course.slug() + "/grading-queue", course.org().adminToken()).json()
                .get("items")).hasSize(1);

        context.clearCookies();
        TestOrganization other = TestOrganization.signUp(api);
        BrowserSupport.signIn(page, other.adminEmail(), TestOrganization.PASSWORD);
        assertThat(page.navigate("/courses/" + course.slug() + "/gradebook").status()).isEqualTo(404);
        assertThat(page.navigate("/courses/" + course.slug() + "/quizzes/check/results").status()).isEqualTo(404);
    }

    @Test
    void theResultsGradeBookAndQueueFitAPhone() {
        submit(QuizCourse.QUIZ, wrongHalf(), Map.of());
        submit(QuizCourse.ESSAY_QUIZ, (ObjectNode) Api.json().valueToTree(Map.of("essay", Map.of("text",
                "A-rather-long-answer-without-any-spaces-that-must-wrap-on-a-small-screen-" + UUID.randomUUID()))), Map.of());
        BrowserContext phone = browser.newContext(api.baseUrl(), 360, 740);
        try {
            Page small = phone.newPage();
            BrowserSupport.signIn(small, instructorEmail, TestOrganization.PASSWORD);
            for (String path : new String[] {"/gradebook", "/grading"}) {
                small.navigate("/courses/" + course.slug() + path);
                assertThat(BrowserSupport.scrollWidth(small)).as("width of %s at 360 px", path).isLessThanOrEqualTo(360);
                BrowserSupport.assertAccessible(small, path + " on a phone");
            }
            phone.clearCookies();
            BrowserSupport.signIn(small, course.learnerEmail(), TestOrganization.PASSWORD);
            small.navigate("/courses/" + course.slug() + "/quizzes/check/results");
            assertThat(BrowserSupport.scrollWidth(small)).as("width of the results at 360 px").isLessThanOrEqualTo(360);
            BrowserSupport.assertAccessible(small, "quiz results on a phone");
        } finally {
            phone.close();
        }
    }

    /** The quiz fixture's right answers but for {@code half}, where the learner picks b (2/3). */
    private static ObjectNode wrongHalf() {
        ObjectNode answers = (ObjectNode) Api.json().readTree(QuizCourse.RIGHT_ANSWERS);
        answers.set("half", Api.json().valueToTree(Map.of("choice", "b")));
        return answers;
    }

    /** Starts and submits an attempt as the learner, as the quiz player does, and returns its id. */
    private String submit(String quiz, ObjectNode answers, Map<String, Object> items) {
        Api.Response started = api.post("/api/v1/courses/" + course.slug() + "/quizzes/" + quiz + "/attempts",
                course.learnerToken(), Map.of());
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        String attempt = started.json().get("id").asString();
        ObjectNode body = Api.json().createObjectNode();
        body.put("idempotencyKey", "pages-" + UUID.randomUUID());
        body.set("answers", answers);
        body.set("items", Api.json().valueToTree(items));
        Api.Response submitted = api.postRaw("/api/v1/attempts/" + attempt + "/submission", course.learnerToken(),
                "application/json", body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        return attempt;
    }
}
