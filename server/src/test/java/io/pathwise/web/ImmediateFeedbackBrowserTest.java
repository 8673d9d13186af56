package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.QuizCourse;
import io.pathwise.support.TestOrganization;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Immediate feedback in the quiz player: on a quiz whose feedback is immediate, the learner checks
 * an answer when they ask (never otherwise), hears the verdict in words with the try count, checks
 * again, and submits; offline the button says checking waits for the connection while answering
 * goes on. Items an instructor marks have no button.
 *
 * <p>Each test signs up its own organization and imports the {@link QuizCourse} fixture with both
 * its quizzes set to immediate feedback.
 */
@IntegrationTest
class ImmediateFeedbackBrowserTest extends BrowserTest {

    private QuizCourse.Imported course;
    private final List<String> checks = new CopyOnWriteArrayList<>();

    @BeforeEach
    void courseWithImmediateFeedback() {
        String slug = "quiz-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> files = QuizCourse.files(slug, "feedback: immediate", "a");
        files.put("assessment/quizzes/reflect.yaml", """
                mode: graded
                feedback: immediate
                items: [essay]
                """);
        course = QuizCourse.create(api, slug, files);
        context.onRequest(request -> {
            if (request.url().endsWith("/checks")) {
                checks.add(request.method() + " " + request.postData());
            }
        });
    }

    @Test
    void aWrongAnswerIsNotYetTheRightOneIsRightOnTheSecondTryAndTheSubmissionIsGraded() {
        BrowserSupport.BrowserErrors errors = BrowserSupport.BrowserErrors.watch(page);
        BrowserSupport.signIn(page, course.learnerEmail(), TestOrganization.PASSWORD);
        page.navigate(quizPath(QuizCourse.QUIZ));
        assertThat(page.locator(".quiz-intro")).containsText("You can check each answer before you submit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
        assertThat(page.locator("fieldset.quiz-item")).hasCount(7);
        // One Check answer button per item.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check answer"))).hasCount(7);
        page.waitForSelector("#quiz[data-offline-ready=true]");
        String attemptId = page.locator("#quiz").getAttribute("data-attempt");

        Locator half = item("half");
        Locator verdict = half.locator(".quiz-verdict");
        Locator check = half.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check answer"));
        assertThat(verdict).hasAttribute("aria-live", "polite");

        // Nothing to check yet: the player says so and asks the server nothing.
        check.click();
        assertThat(verdict).hasText("Answer the question first, then check it.");

        // A wrong answer: answering alone checks nothing; the learner asks, and hears "Not yet".
        half.getByLabel("2/3").check();
        item("word").getByLabel("Your answer").fill("denominator");
        assertThat(page.locator("#quiz-status")).hasText("Saved on this device.");
        assertThat(checks).as("checks sent without being asked").isEmpty();
        check.click();
        assertThat(verdict).containsText("Not yet — try again");
        assertThat(verdict).containsText("1 try so far");
        assertThat(check).isFocused();

        // Another answer: the verdict on the first no longer stands; checked, it is right on try 2.
        half.getByLabel("2/4").check();
        assertThat(verdict).hasText("");
        check.click();
        assertThat(verdict).containsText("Right");
        assertThat(verdict).containsText("2 tries");
        assertThat(verdict).not().containsText("Not yet");
        BrowserSupport.assertAccessible(page, "the quiz page with a verdict shown");

        // Offline: the button says checking waits for the connection; answering is not held up.
        context.setOffline(true);
        Locator twelfths = item("twelfths");
        Locator offlineCheck = twelfths.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Check answer")));
        assertThat(offlineCheck).hasText("Check answer — waits for the connection");
        twelfths.locator("input.blank").fill("8");
        assertThat(page.locator("#quiz-status")).containsText("Saved on this device. You are offline");
        offlineCheck.click();
        assertThat(twelfths.locator(".quiz-verdict")).containsText("Checking waits for the connection");
        BrowserSupport.assertAccessible(page, "the quiz page offline, with a check waiting for the connection");
        context.setOffline(false);
        assertThat(offlineCheck).hasText("Check answer");
        assertThat(twelfths.locator(".quiz-verdict")).hasText("");

        // A reload shows the last verdict again, kept on this device with the answer it judged.
        page.reload();
        assertThat(item("half").getByLabel("2/4")).isChecked();
        assertThat(item("half").locator(".quiz-verdict")).containsText("Right — 2 tries.");
        assertThat(item("twelfths").locator("input.blank")).hasValue("8");

        // Submitting is as before, and the server grades the attempt.
        Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers"));
        submit.click();
        assertThat(page.locator("#quiz-unanswered")).containsText("4 questions have no answer yet");
        submit.click();
        assertThat(page.locator("#quiz-status")).containsText("Sent and graded: 2 of 7 points");
        assertThat(item("half").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Check answer"))))
                .isHidden();

        Api.Response attempt = api.get("/api/v1/attempts/" + attemptId, course.learnerToken());
        assertThat(attempt.status()).as("%s", attempt).isEqualTo(200);
        assertThat(attempt.json().get("status").asString()).as("%s", attempt).isEqualTo("GRADED");
        JsonNode result = attempt.json().get("result");
        assertThat(result.get("score").asDouble()).as("%s", attempt).isEqualTo(2.0);
        JsonNode halfResult = result.get("items").valueStream().filter(i -> i.get("key").asString().equals("half"))
                .findFirst().orElseThrow();
        assertThat(halfResult.get("correct").asBoolean()).isTrue();
        assertThat(halfResult.get("answer").get("choice").asString()).isEqualTo("a");
        assertThat(checks).as("checks sent: only the two the learner asked for while online").hasSize(2)
                .allSatisfy(sent -> assertThat(sent).startsWith("POST ").contains("\"itemKey\":\"half\""));
        assertThat(errors.messages().stream().filter(m -> !m.contains("net::ERR_INTERNET_DISCONNECTED")
                && !m.contains("Failed to load resource") && !m.contains("Failed to fetch")).toList())
                .as("errors in the browser console").isEmpty();
    }

    @Test
    void anItemAnInstructorMarksHasNoCheckButtonAndSaysWhy() {
        BrowserSupport.signIn(page, course.learnerEmail(), TestOrganization.PASSWORD);
        page.navigate(quizPath(QuizCourse.ESSAY_QUIZ));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
        Locator essay = item("essay");
        assertThat(essay).isVisible();
        assertThat(essay.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("Check answer"))))
                .hasCount(0);
        assertThat(essay.locator(".check-note")).hasText(
                "Your instructor marks this answer after you submit, so it cannot be checked here.");
        essay.getByLabel("Your answer").fill("A part of a whole.");
        assertThat(page.locator("#quiz-status")).hasText("Saved on this device.");
        assertThat(checks).isEmpty();
    }

    private Locator item(String key) {
        return page.locator("fieldset.quiz-item[data-item=\"" + key + "\"]");
    }

    private String quizPath(String quiz) {
        return "/courses/" + course.slug() + "/quizzes/" + quiz;
    }
}
