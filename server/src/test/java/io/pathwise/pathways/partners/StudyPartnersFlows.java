package io.pathwise.pathways.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.SkillCourse;
import io.pathwise.support.TestOrganization;
import io.pathwise.support.Xapi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Study partners over HTTP. In the skill chain course (equivalent fractions, then adding unlike
 * fractions, then mixed numbers) Ann masters Equivalent fractions and so works on Adding unlike
 * fractions; Ben masters Adding unlike fractions and still works on Equivalent fractions; Cat has
 * mastered nothing and never opts in, though Ann could help her.
 */
abstract class StudyPartnersFlows extends ApiTest {

    private static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";

    TestOrganization org;
    String slug;
    UUID courseId;
    Xapi client;
    String ann;
    String ben;
    String cat;
    final Map<String, UUID> userIds = new HashMap<>();

    @BeforeEach
    void classmates() {
        SkillCourse.Imported course = SkillCourse.create(api, "partners");
        org = course.org();
        slug = course.slug();
        courseId = course.courseId();
        client = Xapi.forOrganization(api, org, "1.0.3", "all");
        ann = learner("ann");
        ben = learner("ben");
        cat = learner("cat");

        master("ann", SkillCourse.FIRST);
        master("ben", SkillCourse.SECOND);
        await().atMost(Duration.ofSeconds(30)).until(() -> mastered(ann, SkillCourse.FIRST) && mastered(ben, SkillCourse.SECOND));
    }

    @Test
    void twoLearnersWhoComplementEachOtherEachSeeTheOtherWithTheSkillsThatMakeTheMatch() {
        optIn(ann, true);
        optIn(ben, true);

        JsonNode forAnn = suggestions(ann);
        assertThat(forAnn.get("optedIn").asBoolean()).isTrue();
        assertThat(names(forAnn)).containsExactly("ben");
        JsonNode benForAnn = forAnn.get("partners").get(0);
        assertThat(benForAnn.get("mutual").asBoolean()).isTrue();
        assertThat(benForAnn.get("reason").asString()).isEqualTo("ben has mastered Adding unlike fractions, which you are "
                + "working on; you have mastered Equivalent fractions, which ben is working on.");
        assertThat(benForAnn.get("canHelpYouWith").get(0).get("key").asString()).isEqualTo(SkillCourse.SECOND);
        assertThat(benForAnn.get("youCanHelpWith").get(0).get("key").asString()).isEqualTo(SkillCourse.FIRST);

        JsonNode annForBen = suggestions(ben).get("partners").get(0);
        assertThat(annForBen.get("displayName").asString()).isEqualTo("ann");
        assertThat(annForBen.get("reason").asString()).isEqualTo("ann has mastered Equivalent fractions, which you are "
                + "working on; you have mastered Adding unlike fractions, which ann is working on.");
    }

    @Test
    void aClassmateWhoDidNotOptInIsNeverSuggestedThoughTheyWouldMatch() {
        optIn(ann, true);

        JsonNode forAnn = suggestions(ann);
        assertThat(forAnn.get("partners")).isEmpty();
        assertThat(forAnn.get("message").asString()).contains("No classmate who has opted in");
        // Cat works on Equivalent fractions, which Ann has mastered: opting in is what makes her appear.
        optIn(cat, true);
        assertThat(names(suggestions(ann))).containsExactly("cat");
    }

    @Test
    void optingOutRemovesTheLearnerFromTheirClassmatesSuggestionsAtOnce() {
        optIn(ann, true);
        optIn(ben, true);
        assertThat(names(suggestions(ann))).containsExactly("ben");

        optIn(ben, false);

        assertThat(names(suggestions(ann))).isEmpty();
        assertThat(api.get(optInPath(), ben).json().get("optedIn").asBoolean()).isFalse();
        assertThat(suggestions(ben).get("optedIn").asBoolean()).isFalse();
    }

    @Test
    void aLearnerWhoDidNotOptInSeesNoSuggestionsAndIsToldHowToOptIn() {
        optIn(ann, true);
        optIn(ben, true);

        Api.Response optedIn = api.get(optInPath(), cat);
        assertThat(optedIn.status()).as("%s", optedIn).isEqualTo(200);
        assertThat(optedIn.json().get("optedIn").asBoolean()).isFalse();
        JsonNode forCat = suggestions(cat);
        assertThat(forCat.get("optedIn").asBoolean()).isFalse();
        assertThat(forCat.get("partners")).isEmpty();
        assertThat(forCat.get("message").asString()).contains("Opt in").contains(optInPath());
    }

    @Test
    void suggestionsCarryNoMasteryFigures() {
        optIn(ann, true);
        optIn(ben, true);

        Api.Response response = api.get(partnersPath(), ann);
        assertThat(response.json().get("partners")).isNotEmpty();
        List<String> numbers = new ArrayList<>();
        collectNumbers(response.json(), "", numbers);
        assertThat(numbers).as("numbers in the suggestions").isEmpty();
        assertThat(response.body()).doesNotContain("known").doesNotContain("probab").doesNotContain("observations");
    }

    @Test
    void leavingTheCourseEndsTheOptIn() {
        optIn(ben, true);
        Api.Response removed = api.delete(Courses.members(courseId) + "/" + userIds.get("ben"), org.adminToken());
        assertThat(removed.status()).as("%s", removed).isEqualTo(204);
        Courses.enrol(api, org.adminToken(), courseId, org.email("ben"), "LEARNER");

        await().atMost(Duration.ofSeconds(30)).until(() -> !api.get(optInPath(), ben).json().get("optedIn").asBoolean());
    }

    @Test
    void staffAreRefusedAndThoseWhoCannotSeeTheCourseAreNotTold() {
        String instructor = org.newUser(api, "teacher");
        Courses.enrol(api, org.adminToken(), courseId, org.email("teacher"), "INSTRUCTOR");
        String otherAdmin = TestOrganization.signUp(api).adminToken();

        for (String token : new String[] {instructor, org.adminToken()}) {
            assertThat(api.get(partnersPath(), token).status()).isEqualTo(403);
            assertThat(api.get(optInPath(), token).status()).isEqualTo(403);
            assertThat(api.put(optInPath(), token, Map.of("optedIn", true)).status()).isEqualTo(403);
        }
        String outsider = org.newUser(api, "outsider");
        assertThat(api.get(partnersPath(), outsider).status()).isEqualTo(404);
        assertThat(api.get(partnersPath(), otherAdmin).status()).isEqualTo(404);
        assertThat(api.put(optInPath(), otherAdmin, Map.of("optedIn", true)).status()).isEqualTo(404);
        assertThat(api.get(partnersPath(), null).status()).isEqualTo(401);
    }

    @Test
    void anOptInWithoutTrueOrFalseIsRefusedNamingTheField() {
        Api.Response refused = api.put(optInPath(), ann, Map.of());

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.body()).contains("optedIn");
        assertThat(api.get(optInPath(), ann).json().get("optedIn").asBoolean()).isFalse();
    }

    private String learner(String name) {
        String token = org.newUser(api, name);
        UUID id = UUID.fromString(Courses.enrol(api, org.adminToken(), courseId, org.email(name), "LEARNER").get("userId")
                .asString());
        userIds.put(name, id);
        return token;
    }

    private void optIn(String token, boolean optedIn) {
        Api.Response response = api.put(optInPath(), token, Map.of("optedIn", optedIn));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("optedIn").asBoolean()).isEqualTo(optedIn);
    }

    private JsonNode suggestions(String token) {
        Api.Response response = api.get(partnersPath(), token);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    private static List<String> names(JsonNode suggestions) {
        List<String> names = new ArrayList<>();
        suggestions.get("partners").forEach(partner -> names.add(partner.get("displayName").asString()));
        return names;
    }

    private static void collectNumbers(JsonNode node, String path, List<String> numbers) {
        if (node.isNumber()) {
            numbers.add(path + " = " + node);
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            collectNumbers(field.getValue(), path + "." + field.getKey(), numbers);
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectNumbers(node.get(i), path + "[" + i + "]", numbers);
        }
    }

    /** Three right answers in a row, as an external xAPI client sends them: enough to master the skill. */
    private void master(String name, String skill) {
        String iri = api.get(Courses.course(courseId) + "/activities/" + SkillCourse.practiceOf(skill), org.adminToken())
                .json().get("activity").get("iri").asString();
        List<Map<String, Object>> statements = new ArrayList<>();
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            statements.add(Map.of("id", UUID.randomUUID().toString(),
                    "actor", Map.of("objectType", "Agent", "mbox", "mailto:" + org.email(name)),
                    "verb", Map.of("id", ANSWERED), "object", Map.of("objectType", "Activity", "id", iri),
                    "result", Map.of("success", true), "timestamp", start.plusSeconds(60L * i).toString()));
        }
        Api.Response posted = client.post("/xapi/statements", statements);
        assertThat(posted.status()).as("%s", posted).isEqualTo(200);
    }

    private boolean mastered(String token, String skill) {
        for (JsonNode node : api.get("/api/v1/courses/" + slug + "/mastery", token).json().get("skills")) {
            if (node.get("skillKey").asString().equals(skill)) {
                return node.get("mastered").asBoolean();
            }
        }
        return false;
    }

    private String partnersPath() {
        return "/api/v1/courses/" + slug + "/study-partners";
    }

    private String optInPath() {
        return partnersPath() + "/opt-in";
    }
}
