package io.pathwise.shared;

import static io.pathwise.support.Problems.assertFieldProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Concurrently;
import io.pathwise.support.Courses;
import io.pathwise.support.PackageZips;
import io.pathwise.support.TestOrganization;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A creating POST sent again with the same {@code Idempotency-Key} creates nothing more. */
abstract class IdempotencyFlows extends ApiTest {

    private static final String KEY = "Idempotency-Key";
    private static final String CREDENTIALS = "/api/v1/credentials";
    private static final Map<String, Object> WIDGET = Map.of("label", "Widget", "scopes", List.of("statements/write"));

    private TestOrganization org;

    @BeforeEach
    void signUp() {
        org = TestOrganization.signUp(api);
    }

    @Test
    void aRepeatedPostGetsTheFirstResponseAndCreatesOnce() {
        UUID course = Courses.importFractions(api, org.adminToken());
        String path = Courses.course(course) + "/skills/fraction-word-problems/prerequisites";
        Map<String, Object> edge = Map.of("prerequisite", "decimal-place-value");
        String key = UUID.randomUUID().toString();

        Api.Response first = api.post(path, org.adminToken(), edge, KEY, key);
        Api.Response again = api.post(path, org.adminToken(), edge, KEY, key);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        Api.Response withoutKey = api.post(path, org.adminToken(), edge);
        assertThat(withoutKey.status()).as("the edge exists once, so a new request is refused").isEqualTo(422);
    }

    @Test
    void aRetryOfARequestWhoseResponseHeldASecretLearnsThatItCompletedAndCreatesOnce() {
        String key = UUID.randomUUID().toString();

        Api.Response first = api.post(CREDENTIALS, org.adminToken(), WIDGET, KEY, key);
        Api.Response again = api.post(CREDENTIALS, org.adminToken(), WIDGET, KEY, key);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.header("Cache-Control")).contains("no-store");
        assertThat(assertFieldProblem(again, 409, KEY)).contains("already completed");
        assertThat(again.body()).doesNotContain(first.json().get("secret").asString());
        assertThat(credentialIds()).containsExactly(first.json().get("credential").get("id").asString());
    }

    @Test
    void aNewKeyIsANewRequest() {
        api.post(CREDENTIALS, org.adminToken(), WIDGET, KEY, UUID.randomUUID().toString());
        api.post(CREDENTIALS, org.adminToken(), WIDGET, KEY, UUID.randomUUID().toString());

        assertThat(credentialIds()).hasSize(2);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        api.post(CREDENTIALS, org.adminToken(), WIDGET, KEY, key);

        Api.Response other = api.post(CREDENTIALS, org.adminToken(), Map.of("label", "Gadget", "scopes", List.of("all")),
                KEY, key);

        assertFieldProblem(other, 422, KEY);
        assertThat(credentialIds()).hasSize(1);
    }

    @Test
    void keysBelongToTheCallerSoAnotherCallerMayUseTheSameOne() {
        TestOrganization other = TestOrganization.signUp(api);
        String key = UUID.randomUUID().toString();

        Api.Response ours = api.post(CREDENTIALS, org.adminToken(), WIDGET, KEY, key);
        Api.Response theirs = api.post(CREDENTIALS, other.adminToken(), WIDGET, KEY, key);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(theirs.json().get("credential").get("id")).isNotEqualTo(ours.json().get("credential").get("id"));
    }

    @Test
    void aRefusedRequestIsReplayedAsRefused() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = Map.of("label", "", "scopes", List.of("all"));

        Api.Response first = api.post(CREDENTIALS, org.adminToken(), invalid, KEY, key);
        Api.Response again = api.post(CREDENTIALS, org.adminToken(), invalid, KEY, key);

        assertThat(first.status()).isEqualTo(422);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anEnrolmentRetriedWithItsKeyInvitesOnce() {
        UUID course = Courses.importFractions(api, org.adminToken());
        String key = UUID.randomUUID().toString();
        Map<String, Object> newcomer = Map.of("email", org.email("newcomer"), "displayName", "Newcomer");

        Api.Response first = api.post(Courses.members(course), org.adminToken(), newcomer, KEY, key);
        Api.Response again = api.post(Courses.members(course), org.adminToken(), newcomer, KEY, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(assertFieldProblem(again, 409, KEY)).as("the activation link is not kept for replay")
                .contains("already completed");
        assertThat(api.get(Courses.members(course), org.adminToken()).json().get("items").valueStream()
                .filter(member -> member.get("email").asString().equals(org.email("newcomer")))).hasSize(1);
    }

    @Test
    void aPackageImportRetriedWithItsKeyImportsOnce() {
        String key = UUID.randomUUID().toString();
        byte[] zip = PackageZips.zip(PackageZips.fractions());

        Api.Response first = api.postRaw(Courses.PACKAGES, org.adminToken(), "application/zip", zip, Map.of(KEY, key));
        Api.Response again = api.postRaw(Courses.PACKAGES, org.adminToken(), "application/zip", zip, Map.of(KEY, key));

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(api.get("/api/v1/courses", org.adminToken()).json().get("items").get(0).get("revision").asInt())
                .as("not re-imported").isEqualTo(1);
    }

    @Test
    void aResponseOfMillionsOfCharactersIsKeptAndReplayed() {
        // 30,000 skills with an unknown key: a dry run answers 200 with 30,000 problems, about 2.3
        // million characters, which the column of 1,000,000 could not keep before migration V14.
        Map<String, String> files = PackageZips.fractions();
        StringBuilder skills = new StringBuilder("skills:\n");
        for (int i = 0; i < 30_000; i++) {
            skills.append("  - {id: s").append(i).append(", name: n, zz: 1}\n");
        }
        files.put("skills.yaml", skills.toString());
        byte[] zip = PackageZips.zip(files);
        Map<String, String> key = Map.of(KEY, UUID.randomUUID().toString());

        Api.Response first = api.postRaw(Courses.PACKAGES + "?dryRun=true", org.adminToken(), "application/zip", zip, key);
        Api.Response again = api.postRaw(Courses.PACKAGES + "?dryRun=true", org.adminToken(), "application/zip", zip, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().length()).isGreaterThan(1_000_000);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).as("replayed, not run again").isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void concurrentRequestsWithOneKeyCreateAtMostOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Api.Response> responses = Concurrently.run(5,
                n -> api.post(CREDENTIALS, org.adminToken(), WIDGET, KEY, key));

        List<String> ids = credentialIds();
        assertThat(ids).hasSize(1);
        for (Api.Response response : responses) {
            assertThat(response.status()).as("%s", response).isIn(201, 409);
            if (response.status() == 201) {
                assertThat(response.json().get("credential").get("id").asString()).isEqualTo(ids.get(0));
            } else {
                assertThat(assertFieldProblem(response, 409, KEY)).containsAnyOf("still being processed", "already completed");
            }
        }
        assertThat(responses).filteredOn(r -> r.status() == 201).as("responses of requests that ran").hasSize(1);
    }

    private List<String> credentialIds() {
        return api.get(CREDENTIALS, org.adminToken()).json().get("items").valueStream()
                .map(c -> c.get("id").asString()).toList();
    }
}
