package io.pathwise.identity;

import static io.pathwise.support.Problems.assertFieldProblem;
import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.Problems;
import io.pathwise.support.TestOrganization;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Putting people into a course: one at a time, or a CSV file that is accepted whole or not at all. */
abstract class EnrolmentFlows extends ApiTest {

    private TestOrganization org;
    private UUID course;

    @Autowired
    IdentityApi identity;

    @BeforeEach
    void createCourse() {
        org = TestOrganization.signUp(api);
        course = Courses.importFractions(api, org.adminToken());
    }

    @Test
    void displayNamesAreReadForMoreUsersThanOneStatementTakes() {
        JsonNode first = Courses.enrol(api, org.adminToken(), course, org.email("first"), null);
        JsonNode second = Courses.enrol(api, org.adminToken(), course, org.email("second"), null);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            ids.add(UUID.randomUUID());
        }
        UUID firstId = UUID.fromString(first.get("userId").asString());
        UUID secondId = UUID.fromString(second.get("userId").asString());
        ids.add(10, firstId);
        ids.add(1500, secondId);
        ids.add(secondId);

        assertThat(identity.displayNames(ids)).containsExactlyInAnyOrderEntriesOf(Map.of(firstId, "first", secondId, "second"));
    }

    @Test
    void enrollingSomeoneWithoutAnAccountInvitesThem() {
        JsonNode enrolment = Courses.enrol(api, org.adminToken(), course, org.email("newcomer"), null);

        assertThat(enrolment.get("role").asString()).isEqualTo("LEARNER");
        assertThat(enrolment.get("activationPath").asString()).startsWith("/activate?token=");
        assertThat(members()).extracting(m -> m.get("email").asString(), m -> m.get("role").asString())
                .containsExactly(tuple(org.email("newcomer"), "LEARNER"));
    }

    @Test
    void enrollingAMemberOfTheOrganizationGivesThemTheRole() {
        String token = org.newUser(api, "helper");

        JsonNode enrolment = Courses.enrol(api, org.adminToken(), course, org.email("helper"), "TEACHING_ASSISTANT");

        assertThat(enrolment.get("activationPath").isNull()).isTrue();
        JsonNode roles = api.get("/api/v1/me", token).json().get("courseRoles");
        assertThat(roles.get(course.toString()).asString()).isEqualTo("TEACHING_ASSISTANT");
    }

    @Test
    void enrollingAgainChangesTheRole() {
        Courses.enrol(api, org.adminToken(), course, org.email("promoted"), "LEARNER");

        Courses.enrol(api, org.adminToken(), course, org.email("promoted"), "INSTRUCTOR");

        assertThat(members()).extracting(m -> m.get("role").asString()).containsExactly("INSTRUCTOR");
    }

    @Test
    void anAddressWithAnAccountInAnotherOrganizationGetsAnAccountHereAndTheAnswerDoesNotTellTheDifference() {
        TestOrganization other = TestOrganization.signUp(api);

        JsonNode elsewhere = Courses.enrol(api, org.adminToken(), course, other.adminEmail(), null);
        JsonNode nowhere = Courses.enrol(api, org.adminToken(), course, org.email("nowhere"), null);

        assertThat(elsewhere.get("activationPath").asString()).startsWith("/activate?token=");
        assertThat(fieldNames(elsewhere)).isEqualTo(fieldNames(nowhere));
        assertThat(members()).extracting(m -> m.get("email").asString())
                .containsExactlyInAnyOrder(other.adminEmail(), org.email("nowhere"));
        UUID here = UUID.fromString(elsewhere.get("userId").asString());
        assertThat(identity.user(here).orElseThrow().tenantId()).isEqualTo(org.tenantId());
        assertThat(identity.userByEmail(other.tenantId(), other.adminEmail()).orElseThrow().id())
                .as("the other organization's account is another account, untouched").isNotEqualTo(here);
        assertThat(api.signIn(other.adminEmail(), TestOrganization.PASSWORD)).as("it still signs in").isNotBlank();
    }

    @Test
    void removesAMember() {
        String userId = Courses.enrol(api, org.adminToken(), course, org.email("leaver"), null).get("userId").asString();

        assertThat(api.delete(Courses.members(course) + "/" + userId, org.adminToken()).status()).isEqualTo(204);

        assertThat(members()).isEmpty();
        assertProblem(api.delete(Courses.members(course) + "/" + userId, org.adminToken()), 404);
    }

    @Test
    void enrolsEveryoneInAGoodCsvFile() {
        org.newUser(api, "existing");
        String csv = "email,display_name,role\r\n"
                + org.email("ana") + ",\"Silva, Ana\",\r\n"
                + org.email("existing") + ",Existing,teaching_assistant\r\n"
                + org.email("ines") + ",Ines,INSTRUCTOR\r\n";

        Api.Response response = importCsv(csv);

        // An existing account keeps its own name; the file's name is for people it invites.
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        assertThat(response.json()).hasSize(3);
        assertThat(members()).extracting(m -> m.get("email").asString(), m -> m.get("displayName").asString(),
                        m -> m.get("role").asString())
                .containsExactlyInAnyOrder(tuple(org.email("ana"), "Silva, Ana", "LEARNER"),
                        tuple(org.email("existing"), "existing", "TEACHING_ASSISTANT"),
                        tuple(org.email("ines"), "Ines", "INSTRUCTOR"));
    }

    @Test
    void refusesACsvFileWithBadRowsNamingEachLineAndEnrolsNobody() {
        String csv = "email,display_name,role\n"
                + org.email("good-one") + ",Good One,learner\n"
                + "not-an-address,Broken,learner\n"
                + org.email("good-two") + ",Good Two,\n"
                + org.email("bad-role") + ",Bad Role,headmaster\n";

        List<Problems.Error> errors = assertProblem(importCsv(csv), 422);

        assertThat(errors).extracting(Problems.Error::line).containsExactly(3, 5);
        assertThat(errors.get(0).field()).startsWith("row 3").contains("email");
        assertThat(errors.get(1).field()).startsWith("row 5").contains("role");
        assertThat(members()).isEmpty();
        assertThat(api.get("/api/v1/users", org.adminToken()).body())
                .as("no account was created for the good rows").doesNotContain("good-one", "good-two");
    }

    @Test
    void aCsvFileEnrolsAnAddressWithAnAccountInAnotherOrganizationAsAnAccountHere() {
        TestOrganization other = TestOrganization.signUp(api);
        String csv = "email,display_name\n" + org.email("local") + ",Local\n" + other.adminEmail() + ",Visitor\n";

        Api.Response response = importCsv(csv);

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        assertThat(members()).extracting(m -> m.get("email").asString(), m -> m.get("displayName").asString())
                .containsExactlyInAnyOrder(tuple(org.email("local"), "Local"), tuple(other.adminEmail(), "Visitor"));
    }

    @Test
    void refusesACsvFileWithoutTheHeader() {
        assertThat(assertProblem(importCsv(org.email("a") + ",A\n"), 422)).extracting(Problems.Error::line)
                .containsExactly(1);
        assertThat(members()).isEmpty();
    }

    @Test
    void refusesACsvFileThatIsNotUtf8NamingTheByteAndTheLine() {
        byte[] header = "email,display_name,role\n".getBytes(StandardCharsets.UTF_8);
        byte[] row = {(byte) 0xff, (byte) 0xfe, '@', 'x', '.', 'i', 'o', ',', 'x', ',', 'L', 'E', 'A', 'R', 'N', 'E', 'R', '\n'};
        byte[] csv = new byte[header.length + row.length];
        System.arraycopy(header, 0, csv, 0, header.length);
        System.arraycopy(row, 0, csv, header.length, row.length);

        Api.Response response = api.postRaw(Courses.members(course) + "/import", org.adminToken(), "text/csv", csv, Map.of());

        assertThat(assertFieldProblem(response, 400, "body")).contains("UTF-8", "offset " + header.length, "line 2");
        assertThat(members()).isEmpty();
    }

    @Test
    void refusesAnEmailAddressHoldingAReplacementCharacter() {
        Api.Response response = api.post(Courses.members(course), org.adminToken(),
                Map.of("email", "\uFFFD\uFFFD@" + org.slug() + ".test", "displayName", "Mojibake"));

        assertFieldProblem(response, 422, "email");
        assertThat(members()).isEmpty();
    }

    private Api.Response importCsv(String csv) {
        return api.postRaw(Courses.members(course) + "/import", org.adminToken(), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private List<JsonNode> members() {
        Api.Response response = api.get(Courses.members(course), org.adminToken());
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }
}
