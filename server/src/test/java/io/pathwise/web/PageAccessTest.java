package io.pathwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.demo.DemoAccounts;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.TestOrganization;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may open which page, over plain HTTP with a session cookie from the sign-in form. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PageAccessTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void anonymousVisitorsAreSentToSignInFromCoursePages() throws Exception {
        HttpResponse<String> response = client().send(get("/courses/fractions"), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    @Test
    void learnersCannotOpenTheImportPageButInstructorsCan() throws Exception {
        HttpClient learner = signedIn(DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(learner.send(get("/courses/import"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);

        HttpClient instructor = signedIn(DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        assertThat(instructor.send(get("/courses/import"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void learnersCannotDownloadTheCoursePackage() throws Exception {
        HttpClient learner = signedIn(DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(learner.send(get("/courses/fractions/package.zip"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        HttpClient instructor = signedIn(DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        HttpResponse<byte[]> zip = instructor.send(get("/courses/fractions/package.zip"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.body()).startsWith('P', 'K');
    }

    @Test
    void aCourseOfAnotherOrganizationIsNotFound() throws Exception {
        Api api = new Api(port);
        TestOrganization other = TestOrganization.signUp(api);
        Map<String, String> files = new TreeMap<>(PackageZips.fractions());
        files.put("course.yaml", files.get("course.yaml").replace("id: fractions", "id: their-fractions"));
        assertThat(api.postZip("/api/v1/course-packages", other.adminToken(), PackageZips.zip(files)).status()).isEqualTo(201);

        HttpClient learner = signedIn(DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        HttpResponse<String> theirs = learner.send(get("/courses/their-fractions"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> nowhere = learner.send(get("/courses/no-such-course"), HttpResponse.BodyHandlers.ofString());
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(nowhere.statusCode()).isEqualTo(404);
    }

    @Test
    void theGradeBookAndTheGradingQueueAreForStaffAndResultsForEveryMember() throws Exception {
        String course = "/courses/" + DemoAccounts.COURSE_SLUG;
        String results = course + "/quizzes/adding-subtracting-quiz/results";
        for (String path : new String[] {course + "/gradebook", course + "/grading", results}) {
            HttpResponse<String> anonymous = client().send(get(path), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        }
        HttpClient learner = signedIn(DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(learner.send(get(course + "/gradebook"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(learner.send(get(course + "/grading"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(learner.send(get(results), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(learner.send(get(course + "/quizzes/no-such-quiz/results"), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(404);

        HttpClient instructor = signedIn(DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        assertThat(instructor.send(get(course + "/gradebook"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(instructor.send(get(course + "/grading"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> grading = instructor.send(form(course + "/grading", "attemptId=" + java.util.UUID.randomUUID()
                + "&itemKey=x&score=1"), HttpResponse.BodyHandlers.ofString());
        assertThat(grading.statusCode()).as("a grade without the CSRF token").isEqualTo(403);
    }

    @Test
    void importingAPackageWithoutAFileIsABadRequestSayingTheFileIsRequired() throws Exception {
        HttpClient instructor = signedIn(DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        Matcher csrf = CSRF.matcher(instructor.send(get("/courses/import"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> response = instructor.send(form("/courses/import",
                "dryRun=true&_csrf=" + encode(csrf.group(1))), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("A package zip file is required");
    }

    @Test
    void aFormBodyThatIsNotPercentEncodedUtf8IsABadRequestNamingTheBodyAndLogsNoError(CapturedOutput output)
            throws Exception {
        HttpClient learner = signedIn(DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        Matcher csrf = CSRF.matcher(learner.send(get("/courses/fractions"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();

        for (String body : java.util.List.of("optedIn=%FF", "optedIn=%ZZ", "optedIn=%", "optedIn=%ED%A0%80")) {
            HttpResponse<String> response = learner.send(form("/courses/fractions/study-partners",
                    body + "&_csrf=" + encode(csrf.group(1))), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as("%s: %s", body, response.body()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"body\"");
        }
        HttpResponse<String> anonymous = client().send(form("/sign-up", "name=%FF"), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(400);
        assertThat(output.getAll()).as("the caller's mistake is not a server error").doesNotContain(" ERROR ");
    }

    @Test
    void anUploadWhoseMultipartBodyCannotBeParsedIsABadRequestNamingTheBody(CapturedOutput output) throws Exception {
        HttpClient instructor = signedIn(DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        Matcher csrf = CSRF.matcher(instructor.send(get("/courses/import"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();
        String boundary = "pathwise-test-boundary";

        HttpResponse<String> response = instructor.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/courses/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", csrf.group(1))
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\n\r\nx\r\n--" + boundary + "--\r\n"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"body\"", "multipart");
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> response = client().send(form("/sign-in",
                "email=" + DemoAccounts.LEARNER_EMAIL + "&password=" + DemoAccounts.LEARNER_PASSWORD), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theSignInFormAsksForTheOrganizationWhenAnAddressAndPasswordOpenAccountsInTwo() throws Exception {
        Api api = new Api(port);
        TestOrganization first = TestOrganization.signUp(api);
        TestOrganization second = TestOrganization.signUp(api);
        Api.Response invited = api.post("/api/v1/users", second.adminToken(),
                Map.of("email", first.adminEmail(), "displayName", "Invited"));
        String token = URLDecoder.decode(invited.json().get("activationPath").asString().replace("/activate?token=", ""),
                StandardCharsets.UTF_8);
        assertThat(api.post("/api/v1/auth/activate", null, Map.of("token", token, "password", TestOrganization.PASSWORD))
                .status()).isEqualTo(200);
        HttpClient client = client();

        HttpResponse<String> unnamed = signInForm(client, first.adminEmail(), TestOrganization.PASSWORD, null);

        assertThat(unnamed.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?organization");
        String asked = client.send(get("/sign-in?organization"), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(asked).contains("open accounts in more than one organization", "name=\"organization\"");
        assertThat(asked).as("the address typed is filled in again").contains("value=\"" + first.adminEmail() + "\"");
        assertThat(client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body())
                .as("the field is asked for only when needed").doesNotContain("name=\"organization\"");
        // The first organization's account is its administrator; the second's is not.
        for (TestOrganization org : List.of(first, second)) {
            HttpClient named = client();
            HttpResponse<String> signedIn = signInForm(named, first.adminEmail(), TestOrganization.PASSWORD, org.slug());
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/courses");
            assertThat(named.send(get("/admin/credentials"), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("credentials page signed in to %s", org.slug()).isEqualTo(org == first ? 200 : 403);
        }
    }

    private HttpResponse<String> signInForm(HttpClient client, String email, String password, String organization)
            throws Exception {
        Matcher csrf = CSRF.matcher(client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();
        return client.send(form("/sign-in", "email=" + encode(email) + "&password=" + encode(password)
                + (organization == null ? "" : "&organization=" + encode(organization))
                + "&_csrf=" + encode(csrf.group(1))), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient signedIn(String email, String password) throws Exception {
        HttpClient client = client();
        String page = client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> response = client.send(form("/sign-in", "email=" + encode(email) + "&password=" + encode(password)
                + "&_csrf=" + encode(csrf.group(1))), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/courses");
        return client;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
