package io.pathwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.demo.DemoAccounts;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.PageSession;
import io.pathwise.support.TestOrganization;
import java.net.URLDecoder;
import java.net.URLEncoder;
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
        HttpResponse<String> response = PageSession.anonymous(port).get("/courses/fractions");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    @Test
    void learnersCannotOpenTheImportPageButInstructorsCan() throws Exception {
        PageSession learner = PageSession.signIn(port, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(learner.get("/courses/import").statusCode()).isEqualTo(403);

        PageSession instructor = PageSession.signIn(port, DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        assertThat(instructor.get("/courses/import").statusCode()).isEqualTo(200);
    }

    @Test
    void learnersCannotDownloadTheCoursePackage() throws Exception {
        PageSession learner = PageSession.signIn(port, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(learner.get("/courses/fractions/package.zip").statusCode())
                .isEqualTo(403);
        PageSession instructor = PageSession.signIn(port, DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        HttpResponse<byte[]> zip = instructor.send(instructor.request("/courses/fractions/package.zip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
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

        PageSession learner = PageSession.signIn(port, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        HttpResponse<String> theirs = learner.get("/courses/their-fractions");
        HttpResponse<String> nowhere = learner.get("/courses/no-such-course");
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(nowhere.statusCode()).isEqualTo(404);
    }

    @Test
    void theGradeBookAndTheGradingQueueAreForStaffAndResultsForEveryMember() throws Exception {
        String course = "/courses/" + DemoAccounts.COURSE_SLUG;
        String results = course + "/quizzes/adding-subtracting-quiz/results";
        for (String path : new String[] {course + "/gradebook", course + "/grading", results}) {
            HttpResponse<String> anonymous = PageSession.anonymous(port).get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        }
        PageSession learner = PageSession.signIn(port, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(learner.get(course + "/gradebook").statusCode()).isEqualTo(403);
        assertThat(learner.get(course + "/grading").statusCode()).isEqualTo(403);
        assertThat(learner.get(results).statusCode()).isEqualTo(200);
        assertThat(learner.get(course + "/quizzes/no-such-quiz/results")
                .statusCode()).isEqualTo(404);

        PageSession instructor = PageSession.signIn(port, DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        assertThat(instructor.get(course + "/gradebook").statusCode()).isEqualTo(200);
        assertThat(instructor.get(course + "/grading").statusCode()).isEqualTo(200);
        HttpResponse<String> grading = instructor.postForm(course + "/grading", "attemptId=" + java.util.UUID.randomUUID()
                + "&itemKey=x&score=1");
        assertThat(grading.statusCode()).as("a grade without the CSRF token").isEqualTo(403);
    }

    @Test
    void importingAPackageWithoutAFileIsABadRequestSayingTheFileIsRequired() throws Exception {
        PageSession instructor = PageSession.signIn(port, DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        Matcher csrf = CSRF.matcher(instructor.get("/courses/import").body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> response = instructor.postForm("/courses/import",
                "dryRun=true&_csrf=" + encode(csrf.group(1)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("A package zip file is required");
    }

    @Test
    void aFormBodyThatIsNotPercentEncodedUtf8IsABadRequestNamingTheBodyAndLogsNoError(CapturedOutput output)
            throws Exception {
        PageSession learner = PageSession.signIn(port, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        Matcher csrf = CSRF.matcher(learner.get("/courses/fractions").body());
        assertThat(csrf.find()).isTrue();

        for (String body : java.util.List.of("optedIn=%FF", "optedIn=%ZZ", "optedIn=%", "optedIn=%ED%A0%80")) {
            HttpResponse<String> response = learner.postForm("/courses/fractions/study-partners",
                    body + "&_csrf=" + encode(csrf.group(1)));

            assertThat(response.statusCode()).as("%s: %s", body, response.body()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"body\"");
        }
        HttpResponse<String> anonymous = PageSession.anonymous(port).postForm("/sign-up", "name=%FF");
        assertThat(anonymous.statusCode()).isEqualTo(400);
        assertThat(output.getAll()).as("the caller's mistake is not a server error").doesNotContain(" ERROR ");
    }

    @Test
    void anUploadWhoseMultipartBodyCannotBeParsedIsABadRequestNamingTheBody(CapturedOutput output) throws Exception {
        PageSession instructor = PageSession.signIn(port, DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        Matcher csrf = CSRF.matcher(instructor.get("/courses/import").body());
        assertThat(csrf.find()).isTrue();
        String boundary = "pathwise-test-boundary";

        HttpResponse<String> response = instructor.send(instructor.request("/courses/import")
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
        HttpResponse<String> response = PageSession.anonymous(port).postForm("/sign-in",
                "email=" + DemoAccounts.LEARNER_EMAIL + "&password=" + DemoAccounts.LEARNER_PASSWORD);
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
        PageSession client = PageSession.anonymous(port);

        HttpResponse<String> unnamed = client.submitSignIn(first.adminEmail(), TestOrganization.PASSWORD, null);

        assertThat(unnamed.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?organization");
        String asked = client.get("/sign-in?organization").body();
        assertThat(asked).contains("open accounts in more than one organization", "name=\"organization\"");
        assertThat(asked).as("the address typed is filled in again").contains("value=\"" + first.adminEmail() + "\"");
        assertThat(client.get("/sign-in").body())
                .as("the field is asked for only when needed").doesNotContain("name=\"organization\"");
        // The first organization's account is its administrator; the second's is not.
        for (TestOrganization org : List.of(first, second)) {
            PageSession named = PageSession.anonymous(port);
            HttpResponse<String> signedIn = named.submitSignIn(first.adminEmail(), TestOrganization.PASSWORD, org.slug());
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/courses");
            assertThat(named.get("/admin/credentials").statusCode())
                    .as("credentials page signed in to %s", org.slug()).isEqualTo(org == first ? 200 : 403);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
