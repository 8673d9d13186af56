package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.pathwise.support.Api;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.TestOrganization;
import io.pathwise.support.Xapi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The acceptance test for the offline quiz player: a learner answers half a quiz online,
 * loses the network, answers the rest and submits, reloads the page while still offline (the page
 * comes from the service worker, the answers from IndexedDB), and gets the network back; the server
 * then holds exactly one graded submission with every answer, and the LRS its statements.
 *
 * <p>Each test signs up its own organization and imports the Fractions course with a quiz of one
 * item of every type added, so no other test sees or changes its data.
 */
@IntegrationTest
class OfflineQuizBrowserTest extends BrowserTest {

    static final String QUIZ = "offline-check";
    static final List<String> ITEMS = List.of("halves", "pick-equivalents", "ribbon-length", "simplest-name",
            "order-by-size", "match-equivalents", "fill-equivalents");

    /** A quiz activity in the Equivalent fractions unit, with its items and settings. */
    static Map<String, String> fractionsWithQuiz() {
        Map<String, String> files = PackageZips.fractions();
        files.put("units/equivalence/unit.yaml", files.get("units/equivalence/unit.yaml") + """
                  - id: offline-check
                    title: "Offline check: equivalent fractions"
                    type: quiz
                    teaches: []
                    assesses: [equivalent-fractions]
                    minutes: 10
                    content: offline-check.md
                """);
        files.put("units/equivalence/offline-check.md", "One question of every kind, for taking **offline**.\n");
        files.put("assessment/quizzes/offline-check.yaml", """
                mode: graded
                feedback: after-submission
                passing-score: 0.5
                shuffle-items: false
                items: [halves, pick-equivalents, ribbon-length, simplest-name, order-by-size, match-equivalents, fill-equivalents]
                """);
        files.put("assessment/items/offline.yaml", """
                items:
                  - id: halves
                    type: single-choice
                    skills: [equivalent-fractions]
                    difficulty: 1
                    prompt: Which fraction is equal to 1/2?
                    choices:
                      - { id: a, text: "2/4", correct: true }
                      - { id: b, text: "2/3" }
                      - { id: c, text: "3/4" }
                    hints: ["Multiply the top and the bottom by the same number.", "1 × 2 = 2 and 2 × 2 = 4."]
                  - id: pick-equivalents
                    type: multiple-choice
                    skills: [equivalent-fractions]
                    difficulty: 2
                    prompt: Which fractions are equal to 2/3?
                    choices:
                      - { id: a, text: "4/6", correct: true }
                      - { id: b, text: "6/9", correct: true }
                      - { id: c, text: "3/4" }
                  - id: ribbon-length
                    type: numeric
                    skills: [equivalent-fractions]
                    difficulty: 2
                    prompt: A ribbon is 7 cm long. How long is half of it?
                    answer: 3.5
                    units: [cm]
                  - id: simplest-name
                    type: short-text
                    skills: [equivalent-fractions]
                    difficulty: 1
                    prompt: Write 2/4 in simplest form.
                    answers: ["1/2"]
                  - id: order-by-size
                    type: ordering
                    skills: [equivalent-fractions]
                    difficulty: 3
                    prompt: Put these fractions in order, smallest first.
                    order:
                      - { id: third, text: "1/3" }
                      - { id: half, text: "1/2" }
                      - { id: three-quarters, text: "3/4" }
                  - id: match-equivalents
                    type: matching
                    skills: [equivalent-fractions]
                    difficulty: 2
                    prompt: Match each fraction with an equal one.
                    pairs:
                      - { left: { id: l1, text: "1/2" }, right: { id: r1, text: "3/6" } }
                      - { left: { id: l2, text: "1/3" }, right: { id: r2, text: "2/6" } }
                    distractors:
                      - { id: r3, text: "4/6" }
                  - id: fill-equivalents
                    type: fill-in-the-blank
                    skills: [equivalent-fractions]
                    difficulty: 2
                    prompt: "1/3 = [[b1]]/6 and 3/4 = 9/[[b2]]"
                    blanks:
                      b1: { answers: ["2"] }
                      b2: { numeric: "12", tolerance: 0 }
                """);
        return files;
    }

    private TestOrganization org;
    private String learnerToken;
    private String courseSlug;

    @BeforeEach
    void courseWithAQuiz() {
        org = TestOrganization.signUp(api);
        Api.Response imported = api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(fractionsWithQuiz()));
        assertThat(imported.status()).as("import of Fractions with a quiz: %s", imported).isEqualTo(201);
        UUID courseId = UUID.fromString(imported.json().get("course").get("id").asString());
        courseSlug = imported.json().get("course").get("slug").asString();
        Courses.publish(api, org.adminToken(), courseId);
        learnerToken = org.newUser(api, "learner");
        Courses.enrol(api, org.adminToken(), courseId, org.email("learner"), "LEARNER");
    }

    @Test
    void answersGivenOfflineAndAReloadWhileOfflineReachTheServerExactlyOnce() {
        BrowserSupport.BrowserErrors errors = BrowserSupport.BrowserErrors.watch(page);
        List<String> submissions = new ArrayList<>();
        page.onRequest(request -> {
            if ("POST".equals(request.method()) && request.url().endsWith("/submission")) {
                submissions.add(request.postData());
            }
        });
        BrowserSupport.signIn(page, org.email("learner"), TestOrganization.PASSWORD);

        // The course page links to the quiz player.
        page.navigate("/courses/" + courseSlug);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Offline check: equivalent fractions").setExact(true)).click();
        page.waitForURL("**/courses/" + courseSlug + "/quizzes/" + QUIZ);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
        Locator status = page.locator("#quiz-status");
        assertThat(page.locator("fieldset.quiz-item")).hasCount(ITEMS.size());
        // The service worker has kept this page: from here on it opens without a network.
        page.waitForSelector("#quiz[data-offline-ready=true]");
        String attemptId = page.locator("#quiz").getAttribute("data-attempt");
        assertThat(attemptId).isNotBlank();

        // Half the items online, one of them with a hint.
        Locator halves = item(1);
        halves.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("Show a hint"))).click();
        assertThat(halves.locator(".hint-list li")).hasCount(1);
        halves.getByLabel("2/4").check();
        item(2).getByLabel("4/6").check();
        item(2).getByLabel("6/9").check();
        item(3).getByLabel("Your answer").fill("3 1/2");
        item(3).getByLabel("Unit").selectOption("cm");
        assertThat(status).hasText("Saved on this device.");

        // The browser's own cache is emptied (it keeps the versioned stylesheets and scripts, but may
        // drop them at any time), so that offline the page's files must come from the service worker.
        CDPSession devTools = context.newCDPSession(page);
        devTools.send("Network.clearBrowserCache");
        devTools.detach();

        // The network goes; the learner answers the rest and submits.
        context.setOffline(true);
        item(4).getByLabel("Your answer").fill("1/2");
        putInOrder(item(5), List.of("1/3", "1/2", "3/4"));
        item(6).getByLabel("1/2").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("3/6"));
        item(6).getByLabel("1/3").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("2/6"));
        item(7).getByLabel("Blank 1 of 2").fill("2");
        item(7).getByLabel("Blank 2 of 2").fill("12");
        assertThat(status).containsText("Saved on this device");
        assertThat(page.locator("#quiz-progress")).hasText("Answered 7 of 7 questions.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
        assertThat(status).containsText("Waiting to send — you are offline");

        // A reload, still offline: the service worker serves the page, IndexedDB the answers.
        com.microsoft.playwright.Response reloaded = page.reload();
        assertThat(reloaded.fromServiceWorker()).as("the page, offline, comes from the service worker").isTrue();
        assertThat(page.locator("h1")).hasText("Offline check: equivalent fractions");
        // Its stylesheets too, though the page names them by versioned URLs the worker did not see
        // before going offline (the page that registered it was not served through it).
        assertThat(page.evaluate("() => [...document.querySelectorAll('link[rel=stylesheet]')]"
                + ".map(link => new URL(link.href).pathname.replace(/[0-9a-f]{32}/, 'md5') + ' ' + link.sheet.cssRules.length)"))
                .asString().contains("/assets/css/pathwise-md5.css", "/assets/css/quiz-md5.css").doesNotContain(" 0");
        assertThat(status).containsText("Waiting to send — you are offline");
        assertThat(page.locator("fieldset.quiz-item")).hasCount(ITEMS.size());
        assertThat(item(1).getByLabel("2/4")).isChecked();
        assertThat(item(1).locator(".hint-list li")).hasCount(1);
        assertThat(item(3).getByLabel("Your answer")).hasValue("3 1/2");
        assertThat(item(4).getByLabel("Your answer")).hasValue("1/2");
        assertThat(item(7).getByLabel("Blank 2 of 2")).hasValue("12");
        assertThat(page.locator("#quiz")).hasAttribute("data-attempt", attemptId);

        // The network returns: the queued submission goes, with the key it was given at submit.
        context.setOffline(false);
        assertThat(status).containsText("Sent and graded", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

        assertThat(status).containsText("7 of 7 points");

        // The server holds one graded submission for the attempt, with every answer.
        String key = browserRecord(attemptId).get("submission").get("idempotencyKey").asString();
        assertThat(submissions).as("every submission the browser made carried the one key")
                .isNotEmpty().allSatisfy(body -> assertThat(body).contains(key));
        assertOneGradedSubmission(attemptId, key);

        // The LRS holds the attempt's statements (recorded asynchronously, so waited for).
        assertStatementsRecorded(attemptId);
        assertThat(errors.messages().stream().filter(m -> !m.contains("net::ERR_INTERNET_DISCONNECTED")
                && !m.contains("Failed to load resource") && !m.contains("Failed to fetch")).toList())
                .as("errors in the browser console").isEmpty();
    }

    @Test
    void theQuizPageIsAccessibleBeforeDuringAndAfterAnAttempt() {
        BrowserSupport.signIn(page, org.email("learner"), TestOrganization.PASSWORD);
        page.navigate("/courses/" + courseSlug + "/quizzes/" + QUIZ);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz"))).isVisible();
        BrowserSupport.assertAccessible(page, "the quiz page before the start");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
        assertThat(page.locator("fieldset.quiz-item")).hasCount(ITEMS.size());
        // Feedback after submission: no answer is checked one by one.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Check answer"))))
                .hasCount(0);
        item(1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("Show a hint"))).click();
        item(1).getByLabel("2/4").check();
        item(5).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Move down"))).first().click();
        assertThat(page.locator("#quiz-status")).hasText("Saved on this device.");
        BrowserSupport.assertAccessible(page, "the quiz page with items, a hint and answers");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
        assertThat(page.locator("#quiz-unanswered")).containsText("have no answer yet");
        BrowserSupport.assertAccessible(page, "the quiz page asking to confirm unanswered questions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
        assertThat(page.locator("#quiz-status")).containsText("Sent and graded");
        BrowserSupport.assertAccessible(page, "the quiz page with its result");
    }

    /**
     * The worst case for exactly once: the server grades the submission but its reply never reaches
     * the browser, and the learner closes the tab. The next visit sends the submission again with
     * the same key and shows the reply the server stored; the attempt is graded once.
     */
    @Test
    void aSubmissionWhoseReplyWasLostIsSentAgainWithItsKeyWhenTheQuizOpensAgain() {
        List<String> keys = new ArrayList<>();
        context.onRequest(request -> {
            if ("POST".equals(request.method()) && request.url().endsWith("/submission")) {
                keys.add(Api.json().readTree(request.postData()).get("idempotencyKey").asString());
            }
        });
        BrowserSupport.signIn(page, org.email("learner"), TestOrganization.PASSWORD);
        String quizUrl = "/courses/" + courseSlug + "/quizzes/" + QUIZ;
        page.navigate(quizUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
        item(1).getByLabel("2/4").check();
        item(4).getByLabel("Your answer").fill("1/2");
        assertThat(page.locator("#quiz-status")).hasText("Saved on this device.");
        String attemptId = page.locator("#quiz").getAttribute("data-attempt");

        // The submission reaches the server, which grades it; the connection drops before the reply.
        page.route("**/attempts/" + attemptId + "/submission", route -> {
            route.fetch();
            route.abort("connectionreset");
        });
        Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers"));
        submit.click();
        assertThat(page.locator("#quiz-unanswered")).containsText("5 questions have no answer yet");
        submit.click();
        assertThat(page.locator("#quiz-status")).containsText("Waiting to send");
        assertThat(api.get("/api/v1/attempts/" + attemptId, learnerToken).json().get("status").asString())
                .as("graded on the server, though the browser never heard").isEqualTo("GRADED");
        page.close();

        Page again = context.newPage();
        again.navigate(quizUrl);
        assertThat(again.locator("#quiz-status")).containsText("Sent and graded: 2 of 7 points");
        assertThat(again.locator("#quiz-result")).containsText("Question 1: right");

        assertThat(keys).as("submissions sent").hasSizeGreaterThanOrEqualTo(2);
        assertThat(keys.stream().distinct()).as("keys of the submissions sent").hasSize(1);
        Api.Response quiz = api.get("/api/v1/courses/" + courseSlug + "/quizzes/" + QUIZ, learnerToken);
        assertThat(quiz.json().get("attempts").size()).isEqualTo(1);
        JsonNode result = api.get("/api/v1/attempts/" + attemptId, learnerToken).json().get("result");
        assertThat(result.get("score").asDouble()).isEqualTo(2.0);
    }

    private Locator item(int position) {
        return page.locator("#q" + position);
    }

    /** Moves entries with the Up buttons until they stand in the given order (by their text). */
    private static void putInOrder(Locator item, List<String> texts) {
        for (int target = 0; target < texts.size(); target++) {
            Locator entries = item.locator("ol.ordering > li");
            int at = -1;
            for (int i = 0; i < entries.count(); i++) {
                if (entries.nth(i).locator(".entry").innerText().trim().equals(texts.get(target))) {
                    at = i;
                }
            }
            assertThat(at).as("entry %s", texts.get(target)).isGreaterThanOrEqualTo(0);
            for (int i = at; i > target; i--) {
                item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move up: " + texts.get(target)))
                        .click();
            }
        }
    }

    /**
     * The attempt is graded once, with every answer as given in the browser: the learner has one
     * attempt, every item is graded right, and sending the same submission again (same key) gets
     * the reply the browser got, while another key is refused as the attempt is closed.
     */
    private void assertOneGradedSubmission(String attemptId, String key) {
        Api.Response attempt = api.get("/api/v1/attempts/" + attemptId, learnerToken);
        assertThat(attempt.status()).as("%s", attempt).isEqualTo(200);
        JsonNode json = attempt.json();
        assertThat(json.get("status").asString()).as("%s", attempt).isEqualTo("GRADED");
        JsonNode result = json.get("result");
        assertThat(result.get("score").asDouble()).as("%s", attempt).isEqualTo(ITEMS.size());
        assertThat(result.get("maxScore").asDouble()).isEqualTo(ITEMS.size());
        List<String> graded = new ArrayList<>();
        for (JsonNode item : result.get("items")) {
            graded.add(item.get("key").asString());
            assertThat(item.get("status").asString()).as("item %s", item).isEqualTo("GRADED");
            assertThat(item.get("correct").asBoolean()).as("item %s", item).isTrue();
        }
        assertThat(graded).containsExactlyInAnyOrderElementsOf(ITEMS);
        Map<String, JsonNode> answers = new java.util.HashMap<>();
        result.get("items").forEach(item -> answers.put(item.get("key").asString(), item.get("answer")));
        assertThat(answers.get("halves").get("choice").asString()).isEqualTo("a");
        assertThat(answers.get("ribbon-length").get("value").asString()).isEqualTo("3 1/2");
        assertThat(answers.get("ribbon-length").get("unit").asString()).isEqualTo("cm");
        assertThat(answers.get("simplest-name").get("text").asString()).isEqualTo("1/2");
        assertThat(answers.get("order-by-size").get("order").valueStream().map(JsonNode::asString).toList())
                .containsExactly("third", "half", "three-quarters");
        assertThat(answers.get("match-equivalents").get("pairs").get("l2").asString()).isEqualTo("r2");
        assertThat(answers.get("fill-equivalents").get("blanks").get("b2").asString()).isEqualTo("12");

        Api.Response quiz = api.get("/api/v1/courses/" + courseSlug + "/quizzes/" + QUIZ, learnerToken);
        assertThat(quiz.status()).as("%s", quiz).isEqualTo(200);
        assertThat(quiz.json().get("attempts").size()).as("attempts of the learner: %s", quiz).isEqualTo(1);

        // The same submission again, as a device that never heard the reply would send it.
        JsonNode sent = browserRecord(attemptId).get("submission");
        Api.Response again = api.post("/api/v1/attempts/" + attemptId + "/submission", learnerToken, sent.get("body"));
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        Api.Response onceMore = api.post("/api/v1/attempts/" + attemptId + "/submission", learnerToken, sent.get("body"));
        assertThat(onceMore.body()).as("every repeat gets the same bytes").isEqualTo(again.body());
        // The browser keeps the reply as parsed JSON (7.0 reads back as 7), so compare what it says.
        JsonNode reply = sent.get("response");
        assertThat(again.json().get("attemptId").asString()).isEqualTo(reply.get("attemptId").asString());
        assertThat(again.json().get("status").asString()).isEqualTo(reply.get("status").asString());
        assertThat(again.json().get("submittedAt").asString()).isEqualTo(reply.get("submittedAt").asString());
        assertThat(again.json().get("result").get("score").asDouble()).isEqualTo(reply.get("result").get("score").asDouble());
        Map<String, Object> other = new java.util.HashMap<>(Map.of("idempotencyKey", "another-" + key,
                "answers", Map.of(), "answeredAt", java.time.Instant.now().toString()));
        Api.Response refused = api.post("/api/v1/attempts/" + attemptId + "/submission", learnerToken, other);
        assertThat(refused.status()).as("another key on a graded attempt: %s", refused).isEqualTo(409);
        assertThat(api.get("/api/v1/courses/" + courseSlug + "/quizzes/" + QUIZ, learnerToken).json().get("attempts").size())
                .isEqualTo(1);
    }

    /** The attempt's record in the browser's IndexedDB, as JSON. */
    private JsonNode browserRecord(String attemptId) {
        Object record = page.evaluate("""
                (id) => new Promise((resolve, reject) => {
                  const open = indexedDB.open('pathwise-quiz');
                  open.onsuccess = () => {
                    const get = open.result.transaction('attempts').objectStore('attempts').get(id);
                    get.onsuccess = () => resolve(JSON.stringify(get.result));
                    get.onerror = () => reject(get.error);
                  };
                  open.onerror = () => reject(open.error);
                })""", attemptId);
        return Api.json().readTree((String) record);
    }

    /**
     * The LRS holds the attempt's evidence, with the attempt as registration: one answered
     * statement per item (the hint counted), then completed and passed, each once.
     */
    private void assertStatementsRecorded(String attemptId) {
        Xapi xapi = Xapi.forOrganization(api, org, "1.0.3", "all");
        int expected = ITEMS.size() + 2;
        JsonNode statements = null;
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            Api.Response found = xapi.query("registration", attemptId, "limit", "100");
            assertThat(found.status()).as("%s", found).isEqualTo(200);
            statements = found.json().get("statements");
            if (statements.size() >= expected) {
                break;
            }
            sleep(250);
        }
        assertThat(statements).as("statements with registration %s", attemptId).isNotNull();
        List<String> verbs = statements.valueStream().map(s -> s.get("verb").get("id").asString()).toList();
        assertThat(verbs).as("statements with registration %s", attemptId).hasSize(expected);
        assertThat(verbs.stream().filter(v -> v.endsWith("/answered"))).hasSize(ITEMS.size());
        assertThat(verbs).containsOnlyOnce("http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed");
        List<String> objects = statements.valueStream().filter(s -> s.get("verb").get("id").asString().endsWith("/answered"))
                .map(s -> s.get("object").get("id").asString()).toList();
        for (String item : ITEMS) {
            assertThat(objects).as("answered statements").anyMatch(id -> id.endsWith("/items/" + item));
        }
        JsonNode halves = statements.valueStream().filter(s -> s.get("object").get("id").asString().endsWith("/items/halves"))
                .findFirst().orElseThrow();
        assertThat(halves.get("result").get("extensions").get("https://w3id.org/pathwise/xapi/extensions/hints-used").asInt())
                .as("the hint used on the first item").isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
