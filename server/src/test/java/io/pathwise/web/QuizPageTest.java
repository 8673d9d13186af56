package io.pathwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.TestOrganization;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The quiz page and its service worker over plain HTTP: who may open the page, what it gives the
 * island (and that the CSRF token it carries lets the island call the browser API), and the header
 * that lets the worker's scope cover the course pages.
 */
@IntegrationTest
class QuizPageTest {

    private static final Pattern SIGN_IN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private TestOrganization org;
    private String slug;

    @BeforeEach
    void courseWithAQuiz() {
        Api api = new Api(port);
        org = TestOrganization.signUp(api);
        Api.Response imported = api.postZip(Courses.PACKAGES, org.adminToken(),
                PackageZips.zip(OfflineQuizBrowserTest.fractionsWithQuiz()));
        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        UUID courseId = UUID.fromString(imported.json().get("course").get("id").asString());
        slug = imported.json().get("course").get("slug").asString();
        Courses.publish(api, org.adminToken(), courseId);
        org.newUser(api, "learner");
        Courses.enrol(api, org.adminToken(), courseId, org.email("learner"), "LEARNER");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        HttpResponse<String> response = client().send(get(quizPath()), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    @Test
    void theCoursePageLinksToTheQuizPlayer() throws Exception {
        HttpClient learner = signedIn(org.email("learner"));
        String course = learner.send(get("/courses/" + slug), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(course).contains("href=\"/courses/" + slug + "/quizzes/" + OfflineQuizBrowserTest.QUIZ + "\"");
        String activity = learner.send(get("/courses/" + slug + "/activities/" + OfflineQuizBrowserTest.QUIZ),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(activity).contains("href=\"/courses/" + slug + "/quizzes/" + OfflineQuizBrowserTest.QUIZ + "\"");
    }

    @Test
    void thePageGivesTheIslandWhatItNeedsAndItsCsrfTokenOpensTheBrowserApi() throws Exception {
        HttpClient learner = signedIn(org.email("learner"));
        HttpResponse<String> page = learner.send(get(quizPath()), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(attribute(html, "data-api-base")).isEqualTo("/browser-api/v1");
        assertThat(attribute(html, "data-course-slug")).isEqualTo(slug);
        assertThat(attribute(html, "data-activity-key")).isEqualTo(OfflineQuizBrowserTest.QUIZ);
        assertThat(attribute(html, "data-worker-url")).matches("/assets/js/quiz-sw\\.js\\?v=[0-9a-f]{12}");
        assertThat(attribute(html, "data-worker-scope")).isEqualTo("/");
        assertThat(attribute(html, "data-learner")).isNotBlank();
        // Linked by its content's digest (VersionedAssetsTest); the worker keeps it under that URL.
        assertThat(html).containsPattern("<script type=\"module\" src=\"/assets/js/quiz-player-[0-9a-f]{32}\\.js\"></script>");
        String header = attribute(html, "data-csrf-header");
        String token = attribute(html, "data-csrf-token");
        assertThat(header).isEqualTo("X-CSRF-TOKEN");

        String start = "/browser-api/v1/courses/" + slug + "/quizzes/" + OfflineQuizBrowserTest.QUIZ + "/attempts";
        HttpResponse<String> withoutToken = learner.send(post(start).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("a POST without the CSRF header").isEqualTo(403);
        HttpResponse<String> started = learner.send(post(start).header(header, token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    }

    @Test
    void onlyQuizActivitiesHaveAQuizPage() throws Exception {
        HttpClient learner = signedIn(org.email("learner"));
        HttpResponse<String> lesson = learner.send(get("/courses/" + slug + "/quizzes/what-is-a-fraction"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(lesson.statusCode()).isEqualTo(404);
    }

    @Test
    void theServiceWorkerMayControlTheWholeSite() throws Exception {
        HttpResponse<String> worker = client().send(get(QuizOfflineAssets.WORKER), HttpResponse.BodyHandlers.ofString());
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(worker.headers().firstValue("Service-Worker-Allowed")).hasValue("/");
        assertThat(worker.body()).contains("pathwise-quiz-pages");
        HttpResponse<String> other = client().send(get("/assets/js/quiz-player.js"), HttpResponse.BodyHandlers.ofString());
        assertThat(other.headers().firstValue("Service-Worker-Allowed")).isEmpty();
    }

    private String quizPath() {
        return "/courses/" + slug + "/quizzes/" + OfflineQuizBrowserTest.QUIZ;
    }

    private static String attribute(String html, String name) {
        Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("attribute %s", name).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    private HttpClient signedIn(String email) throws Exception {
        HttpClient client = client();
        String page = client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = SIGN_IN_CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password="
                        + encode(TestOrganization.PASSWORD) + "&_csrf=" + encode(csrf.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/courses");
        return client;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
