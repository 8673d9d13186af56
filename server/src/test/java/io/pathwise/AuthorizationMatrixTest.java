package io.pathwise;

import static io.pathwise.AuthorizationMatrix.endpoint;
import static io.pathwise.AuthorizationMatrix.get;
import static io.pathwise.AuthorizationMatrix.json;
import static io.pathwise.AuthorizationMatrix.multipart;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.AuthorizationMatrix.Call;
import io.pathwise.AuthorizationMatrix.Caller;
import io.pathwise.AuthorizationMatrix.Entry;
import io.pathwise.AuthorizationMatrix.Fixtures;
import io.pathwise.support.Api;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.TestOrganization;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint with who may call it. For each endpoint the table gives a concrete request and
 * what it must answer to an anonymous caller (401, unless the endpoint is public), to the strongest
 * caller of the same organization whose role is still too small (403; 404 where the course must not
 * even be known to them), to the administrator of another organization addressing this one's
 * resource (404: no existence leak) and to a caller with the right role (success, checked last).
 *
 * <p>The table is checked against the endpoints Spring MVC actually serves: an endpoint added
 * without an entry, or without {@code @PreAuthorize}, fails the build.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** The demo course's free-text item, graded by hand, in its quiz {@code adding-subtracting-quiz}. */
    private static final String ESSAY_ITEM = "why-not-add-the-denominators";

    static final List<Entry> MATRIX = List.of(
            endpoint("POST /api/v1/auth/token",
                    f -> json("POST", "/api/v1/auth/token", Map.of("email", f.learnerEmail(), "password", TestOrganization.PASSWORD)))
                    .publicWith(200),
            endpoint("POST /api/v1/auth/refresh",
                    f -> json("POST", "/api/v1/auth/refresh", Map.of("refresh_token", f.refreshToken())))
                    .publicWith(200),
            endpoint("POST /api/v1/auth/activate",
                    f -> json("POST", "/api/v1/auth/activate", Map.of("token", f.activationToken(), "password", TestOrganization.PASSWORD)))
                    .publicWith(200),
            endpoint("POST /api/v1/tenants",
                    f -> json("POST", "/api/v1/tenants", signUp("m" + f.counter().incrementAndGet() + "-" + f.slug())))
                    .publicWith(201),
            endpoint("GET /api/v1/me", f -> get("/api/v1/me"))
                    .allows(Caller.LEARNER, 200),
            endpoint("GET /api/v1/users", f -> get("/api/v1/users"))
                    .refuses(Caller.INSTRUCTOR, 403).allows(Caller.ADMIN, 200),
            endpoint("POST /api/v1/users",
                    f -> json("POST", "/api/v1/users", Map.of("email", f.fresh("invited"), "displayName", "Invited")))
                    .refuses(Caller.INSTRUCTOR, 403).allows(Caller.ADMIN, 201),
            endpoint("GET /api/v1/credentials", f -> get("/api/v1/credentials"))
                    .refuses(Caller.INSTRUCTOR, 403).allows(Caller.ADMIN, 200),
            endpoint("POST /api/v1/credentials",
                    f -> json("POST", "/api/v1/credentials", Map.of("label", "Matrix", "scopes", List.of("statements/write"))))
                    .refuses(Caller.INSTRUCTOR, 403).allows(Caller.ADMIN, 201),
            endpoint("DELETE /api/v1/credentials/{credentialId}",
                    f -> new Call("DELETE", "/api/v1/credentials/" + f.credential(), null, null))
                    .refuses(Caller.INSTRUCTOR, 403).hidesFromOtherTenants().allows(Caller.ADMIN, 204),
            endpoint("GET /api/v1/courses", f -> get("/api/v1/courses"))
                    .allows(Caller.LEARNER, 200),
            // Viewing needs membership; someone without one must not learn that the course exists.
            endpoint("GET /api/v1/courses/{courseId}", f -> get(f.course("")))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("GET /api/v1/courses/{courseId}/skills", f -> get(f.course("/skills")))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("GET /api/v1/courses/{courseId}/activities/{activityKey}", f -> get(f.course("/activities/unit-fractions")))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("PUT /api/v1/courses/{courseId}/status",
                    f -> json("PUT", f.course("/status"), Map.of("status", "PUBLISHED")))
                    .refuses(Caller.TEACHING_ASSISTANT, 403).hidesFromOtherTenants().allows(Caller.INSTRUCTOR, 200),
            endpoint("POST /api/v1/courses/{courseId}/skills/{skillKey}/prerequisites",
                    f -> json("POST", f.course("/skills/decimal-place-value/prerequisites"), Map.of("prerequisite", "factors-and-multiples")))
                    .refuses(Caller.TEACHING_ASSISTANT, 403).hidesFromOtherTenants().allows(Caller.INSTRUCTOR, 201),
            endpoint("GET /api/v1/courses/{courseId}/members", f -> get(f.course("/members")))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("POST /api/v1/courses/{courseId}/members",
                    f -> json("POST", f.course("/members"), Map.of("email", f.fresh("enrolled"), "displayName", "Enrolled")))
                    .refuses(Caller.TEACHING_ASSISTANT, 403).hidesFromOtherTenants().allows(Caller.INSTRUCTOR, 201),
            endpoint("POST /api/v1/courses/{courseId}/members/import consumes text/csv, text/plain",
                    f -> new Call("POST", f.course("/members/import"), "text/csv",
                            ("email,display_name,role\n" + f.fresh("listed") + ",Listed,learner\n").getBytes(StandardCharsets.UTF_8)))
                    .refuses(Caller.TEACHING_ASSISTANT, 403).hidesFromOtherTenants().allows(Caller.INSTRUCTOR, 201),
            endpoint("DELETE /api/v1/courses/{courseId}/members/{userId}",
                    f -> new Call("DELETE", f.course("/members/" + f.leaver()), null, null))
                    .refuses(Caller.TEACHING_ASSISTANT, 403).hidesFromOtherTenants().allows(Caller.INSTRUCTOR, 204),
            endpoint("GET /api/v1/courses/{courseId}/package", f -> get(f.course("/package")))
                    .refuses(Caller.TEACHING_ASSISTANT, 403).hidesFromOtherTenants().allows(Caller.INSTRUCTOR, 200),
            // The package names its course ("fractions"), which exists: an update, for its instructors.
            endpoint("POST /api/v1/course-packages consumes application/zip",
                    f -> new Call("POST", Courses.PACKAGES, "application/zip", PackageZips.zip(PackageZips.fractions())))
                    .refuses(Caller.TEACHING_ASSISTANT, 403).allows(Caller.INSTRUCTOR, 200),
            endpoint("POST /api/v1/course-packages consumes multipart/form-data",
                    f -> multipart(Courses.PACKAGES, PackageZips.zip(PackageZips.fractions())))
                    .refuses(Caller.TEACHING_ASSISTANT, 403).allows(Caller.INSTRUCTOR, 200),
            // Quizzes: learners take them; a learner's attempt is theirs (and its course staff's) alone.
            endpoint("GET /api/v1/courses/{slug}/quizzes/{activityKey}", f -> get(f.bySlug("/quizzes/equivalence-check")))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("POST /api/v1/courses/{slug}/quizzes/{activityKey}/attempts",
                    f -> json("POST", f.bySlug("/quizzes/equivalence-check/attempts"), Map.of()))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 201),
            endpoint("GET /api/v1/attempts/{attemptId}", f -> get("/api/v1/attempts/" + f.attempt()))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("PUT /api/v1/attempts/{attemptId}/draft consumes application/json",
                    f -> json("PUT", "/api/v1/attempts/" + f.attempt() + "/draft", Map.of("answers", Map.of())))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            // The fixture's quiz (a practice quiz) gives immediate feedback, so its answers can be checked.
            endpoint("POST /api/v1/attempts/{attemptId}/checks consumes application/json",
                    f -> json("POST", "/api/v1/attempts/" + f.attempt() + "/checks",
                            Map.of("itemKey", "pizza-slices-eaten", "answer", Map.of("choice", "a"))))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("POST /api/v1/attempts/{attemptId}/submission consumes application/json",
                    f -> json("POST", "/api/v1/attempts/" + f.attempt() + "/submission",
                            Map.of("idempotencyKey", "matrix-submission", "answers", Map.of())))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("GET /api/v1/courses/{slug}/gradebook", f -> get(f.bySlug("/gradebook")))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/quizzes/{activityKey}/statistics",
                    f -> get(f.bySlug("/quizzes/fraction-basics-check/statistics")))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/grading-queue", f -> get(f.bySlug("/grading-queue")))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/items", f -> get(f.bySlug("/items")))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("PUT /api/v1/courses/{slug}/items/{itemKey} consumes application/json",
                    f -> json("PUT", f.bySlug("/items/matrix-item"), Map.of("id", "matrix-item", "type", "short-text",
                            "skills", List.of("unit-fractions"), "prompt", "Name the top number.", "answers", List.of("numerator"))))
                    .refuses(Caller.TEACHING_ASSISTANT, 403).hidesFromOtherTenants().allows(Caller.INSTRUCTOR, 201),
            endpoint("GET /api/v1/courses/{slug}/regrades", f -> get(f.bySlug("/regrades")))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("PUT /api/v1/attempts/{attemptId}/responses/{itemKey}/grade",
                    f -> json("PUT", "/api/v1/attempts/" + f.essayAttempt() + "/responses/" + ESSAY_ITEM + "/grade",
                            Map.of("score", 1)))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/mastery", f -> get(f.bySlug("/mastery")))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("GET /api/v1/courses/{slug}/mastery/reviews", f -> get(f.bySlug("/mastery/reviews")))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("GET /api/v1/courses/{slug}/next", f -> get(f.bySlug("/next")))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            // Study partners are for the course's learners: staff have no suggestions and cannot opt in.
            endpoint("GET /api/v1/courses/{slug}/study-partners", f -> get(f.bySlug("/study-partners")))
                    .refuses(Caller.INSTRUCTOR, 403).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("GET /api/v1/courses/{slug}/study-partners/opt-in", f -> get(f.bySlug("/study-partners/opt-in")))
                    .refuses(Caller.INSTRUCTOR, 403).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("PUT /api/v1/courses/{slug}/study-partners/opt-in consumes application/json",
                    f -> json("PUT", f.bySlug("/study-partners/opt-in"), Map.of("optedIn", true)))
                    .refuses(Caller.INSTRUCTOR, 403).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("GET /api/v1/courses/{slug}/alerts", f -> get(f.bySlug("/alerts")))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/stuck-learners", f -> get(f.bySlug("/stuck-learners")))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/stuck-learners/{userId}",
                    f -> get(f.bySlug("/stuck-learners/" + f.learnerId())))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/next/learners/{userId}", f -> get(f.bySlug("/next/learners/" + f.learnerId())))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/unit-locks", f -> get(f.bySlug("/unit-locks")))
                    .refuses(Caller.OUTSIDER, 404).hidesFromOtherTenants().allows(Caller.LEARNER, 200),
            endpoint("GET /api/v1/courses/{slug}/unit-locks/learners/{userId}",
                    f -> get(f.bySlug("/unit-locks/learners/" + f.learnerId())))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/mastery/learners", f -> get(f.bySlug("/mastery/learners")))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/mastery/learners/{userId}",
                    f -> get(f.bySlug("/mastery/learners/" + f.learnerId())))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("GET /api/v1/courses/{slug}/mastery/parameters", f -> get(f.bySlug("/mastery/parameters")))
                    .refuses(Caller.LEARNER, 403).hidesFromOtherTenants().allows(Caller.TEACHING_ASSISTANT, 200),
            endpoint("POST /api/v1/courses/{slug}/mastery/refit", f -> new Call("POST", f.bySlug("/mastery/refit"), null, null))
                    .refuses(Caller.TEACHING_ASSISTANT, 403).hidesFromOtherTenants().allows(Caller.INSTRUCTOR, 200));


    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private Api api;
    private Fixtures fixtures;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @BeforeAll
    void createTwoOrganizations() {
        api = new Api(port);
        TestOrganization a = TestOrganization.signUp(api);
        tokens.put(Caller.ADMIN, a.adminToken());
        tokens.put(Caller.INSTRUCTOR, a.newUser(api, "instructor"));
        tokens.put(Caller.TEACHING_ASSISTANT, a.newUser(api, "assistant"));
        tokens.put(Caller.LEARNER, a.newUser(api, "learner"));
        tokens.put(Caller.OUTSIDER, a.newUser(api, "outsider"));
        tokens.put(Caller.OTHER_TENANT_ADMIN, TestOrganization.signUp(api).adminToken());

        UUID course = Courses.importFractions(api, a.adminToken());
        Courses.enrol(api, a.adminToken(), course, a.email("instructor"), "INSTRUCTOR");
        Courses.enrol(api, a.adminToken(), course, a.email("assistant"), "TEACHING_ASSISTANT");
        UUID learnerId = UUID.fromString(Courses.enrol(api, a.adminToken(), course, a.email("learner"), "LEARNER")
                .get("userId").asString());
        Courses.publish(api, a.adminToken(), course);
        UUID leaver = UUID.fromString(Courses.enrol(api, a.adminToken(), course, a.email("leaver"), null)
                .get("userId").asString());

        Api.Response credential = api.post("/api/v1/credentials", a.adminToken(),
                Map.of("label", "Revocable", "scopes", List.of("all")));
        Api.Response invited = api.post("/api/v1/users", a.adminToken(),
                Map.of("email", a.email("newcomer"), "displayName", "Newcomer"));
        String activationToken = URLDecoder.decode(invited.json().get("activationPath").asString()
                .replace("/activate?token=", ""), StandardCharsets.UTF_8);
        Api.Response signedIn = api.post("/api/v1/auth/token", null,
                Map.of("email", a.email("learner"), "password", TestOrganization.PASSWORD));
        String learner = tokens.get(Caller.LEARNER);
        UUID attempt = UUID.fromString(api.post("/api/v1/courses/fractions/quizzes/fraction-basics-check/attempts", learner,
                Map.of()).json().get("id").asString());
        UUID essayAttempt = UUID.fromString(api.post("/api/v1/courses/fractions/quizzes/adding-subtracting-quiz/attempts",
                learner, Map.of()).json().get("id").asString());
        Api.Response essay = api.post("/api/v1/attempts/" + essayAttempt + "/submission", learner, Map.of("idempotencyKey",
                "matrix-essay", "answers", Map.of(ESSAY_ITEM, Map.of("text", "The pieces have different sizes."))));
        assertThat(essay.status()).as("%s", essay).isEqualTo(200);
        fixtures = new Fixtures(course, UUID.fromString(credential.json().get("credential").get("id").asString()),
                leaver, activationToken, signedIn.json().get("refresh_token").asString(), a.email("learner"), a.slug(),
                new AtomicInteger(), attempt, essayAttempt, learnerId);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachCallerAsItsEntrySays() {
        return MATRIX.stream().map(entry -> DynamicTest.dynamicTest(entry.toString(), () -> check(entry)));
    }

    @Test
    void anotherOrganizationsCourseLooksExactlyLikeOneThatDoesNotExist() {
        UUID missing = UUID.randomUUID();
        String other = tokens.get(Caller.OTHER_TENANT_ADMIN);

        for (String rest : List.of("", "/skills", "/members", "/package")) {
            Api.Response existing = api.get(Courses.course(fixtures.course()) + rest, other);
            Api.Response absent = api.get(Courses.course(missing) + rest, other);
            assertThat(existing.status()).as(rest).isEqualTo(404).isEqualTo(absent.status());
            assertThat(existing.body().replace(fixtures.course().toString(), "ID"))
                    .as(rest).isEqualTo(absent.body().replace(missing.toString(), "ID"));
        }
    }

    @Test
    void everyApiEndpointHasAnEntryInTheMatrix() {
        Set<String> served = apiEndpoints().keySet();
        Set<String> listed = MATRIX.stream().map(Entry::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertThat(served.stream().filter(e -> !listed.contains(e)))
                .as("API endpoints without an entry in the authorization matrix").isEmpty();
        assertThat(listed.stream().filter(e -> !served.contains(e)))
                .as("matrix entries for endpoints that no longer exist").isEmpty();
    }

    @Test
    void everyApiEndpointDeclaresTheRoleItNeeds() {
        List<String> undeclared = apiEndpoints().entrySet().stream()
                .filter(e -> !e.getValue().hasMethodAnnotation(PreAuthorize.class))
                .map(e -> e.getKey() + " (" + e.getValue().getShortLogMessage() + ")")
                .toList();
        assertThat(undeclared).as("API handler methods without @PreAuthorize").isEmpty();
    }

    private void check(Entry entry) {
        SoftAssertions softly = new SoftAssertions();
        expect(softly, entry, Caller.ANONYMOUS, entry.anonymous());
        if (entry.tooSmall() != null) {
            expect(softly, entry, entry.tooSmall(), entry.tooSmallStatus());
        }
        if (entry.hiddenFromOtherTenants()) {
            expect(softly, entry, Caller.OTHER_TENANT_ADMIN, 404);
        }
        if (entry.allowed() != null) {
            expect(softly, entry, entry.allowed(), entry.allowedStatus());
        }
        softly.assertAll();
    }

    private void expect(SoftAssertions softly, Entry entry, Caller caller, int status) {
        Call call = entry.request().apply(fixtures);
        Api.Response response = api.send(call.method(), call.path(), tokens.get(caller), call.contentType(), call.body());
        softly.assertThat(response.status()).as("%s as %s: %s", entry.endpoint(), caller, response).isEqualTo(status);
        if (status >= 400) {
            softly.assertThat(response.header("Content-Type")).as("%s as %s: media type", entry.endpoint(), caller)
                    .startsWith("application/problem+json");
        }
    }

    /** The handler methods under /api, keyed as the matrix names them. */
    private Map<String, HandlerMethod> apiEndpoints() {
        Map<String, HandlerMethod> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : handlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<String> consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .map(MediaType::toString).collect(Collectors.toCollection(TreeSet::new));
            List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("ANY")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().toList();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (String method : methods) {
                    endpoints.put(method + " " + pattern
                            + (consumes.isEmpty() ? "" : " consumes " + String.join(", ", consumes)), mapping.getValue());
                }
            }
        }
        return endpoints;
    }

    private static Map<String, String> signUp(String slug) {
        return Map.of("organizationName", "Matrix " + slug, "slug", slug, "email", "admin@" + slug + ".test",
                "displayName", "Admin", "password", TestOrganization.PASSWORD);
    }
}
