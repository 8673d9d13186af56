package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.problems;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.FieldProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Agents and Groups as actor, object, instructor and member (xAPI Data 2.4.2, 2.4.4.2). */
class ActorRulesTest {

    private static ObjectNode withActor(String actor) {
        return set(minimal(), "actor", actor);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"mbox\": \"mailto:xapi@adlnet.gov\"}",
            "{\"mbox_sha1sum\": \"cd9b00a5611f94eaa7b1661edab976068e364975\"}",
            "{\"openid\": \"http://openid.example.org/12345\"}",
            "{\"account\": {\"homePage\": \"http://www.example.com\", \"name\": \"xAPI account name\"}}"})
    @DisplayName("\"An Agent MUST be identified by one (1) of the four types of Inverse Functional Identifiers\" (Data 2.4.2.1.s2.b1)")
    void eachInverseFunctionalIdentifierIdentifiesAnAgent(String agent) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(withActor(agent), version);
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("An Agent without an Inverse Functional Identifier is rejected (Data 2.4.2.1.s2.b1; XAPI-00038)")
    void anAgentMustHaveAnInverseFunctionalIdentifier(XapiVersion version) {
        assertProblem(withActor("{\"objectType\": \"Agent\", \"name\": \"Nobody\"}"), version, "actor",
                "exactly one of mbox, mbox_sha1sum, openid or account", "none");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"account\": {\"homePage\": \"http://www.example.com\", \"name\": \"xAPI account name\"}",
            "\"mbox_sha1sum\": \"cd9b00a5611f94eaa7b1661edab976068e364975\"",
            "\"openid\": \"http://openid.example.org/12345\""})
    @DisplayName("\"An Agent MUST NOT include more than one (1) Inverse Functional Identifier\" (Data 2.4.2.1.s2.b2)")
    void anAgentMustHaveExactlyOneInverseFunctionalIdentifier(String secondIfi) {
        ObjectNode statement = withActor("{\"mbox\": \"mailto:xapi@adlnet.gov\", " + secondIfi + "}");

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, "actor", "exactly one inverse functional identifier", "has 2", "mbox");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"http://should.fail.com\"", "\"mailto:should.fail.com\"", "\"mailto:\"", "\"xapi@adlnet.gov\"",
            "\"mailto:a@b@c\"", "\"mailto:has space@example.com\"", "12345"})
    @DisplayName("\"An 'mbox' property has the form 'mailto:email address' and is an IRI\" (Data 2.4.2.3; XAPI-00038)")
    void mboxMustBeAMailtoIriHoldingAnEmailAddress(String mbox) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withActor("{\"mbox\": " + mbox + "}"), version, "actor.mbox", "must be");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"key\": \"value\"}", "\"cd9b00a5611f94eaa7b1661edab976068e36497\"",
            "\"zz9b00a5611f94eaa7b1661edab976068e364975\"", "\"\""})
    @DisplayName("mbox_sha1sum is \"the hex-encoded SHA1 hash of a mailto IRI\" (Data 2.4.2.3; XAPI-00039)")
    void mboxSha1sumMustBeFortyHexDigits(String sum) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withActor("{\"mbox_sha1sum\": " + sum + "}"), version, "actor.mbox_sha1sum", "must be");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"ab=c://should.fail.com\"", "\"openid.example.org/12345\"", "{\"key\": \"value\"}"})
    @DisplayName("openid is a URI (Data 2.4.2.3.s3.table1.row3; XAPI-00040)")
    void openidMustBeAnAbsoluteUri(String openid) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withActor("{\"openid\": " + openid + "}"), version, "actor.openid", "must be");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("An account has a homePage (IRL) and a name (string), both required (Data 2.4.2.4; XAPI-00042, 00043)")
    void anAccountMustHaveAHomePageIrlAndAName(XapiVersion version) {
        assertProblem(withActor("{\"account\": {\"name\": \"ana\"}}"), version, "actor.account.homePage", "is required");
        assertProblem(withActor("{\"account\": {\"homePage\": \"ab=c://should.fail.com\", \"name\": \"ana\"}}"), version,
                "actor.account.homePage", "IRL");
        assertProblem(withActor("{\"account\": {\"homePage\": \"http://www.example.com\"}}"), version,
                "actor.account.name", "is required");
        assertProblem(withActor("{\"account\": {\"homePage\": \"http://www.example.com\", \"name\": {\"key\": \"value\"}}}"),
                version, "actor.account.name", "must be a string", "an object");
        assertProblem(withActor("{\"account\": \"ana@example.com\"}"), version, "actor.account", "JSON object");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("The actor's objectType is optional for an Agent: \"This property is optional except when the Agent is used "
            + "as a Statement's object\" (Data 2.4.2.1)")
    void anActorAgentMayOmitObjectType(XapiVersion version) {
        assertValid(withActor("{\"name\": \"xAPI mbox\", \"mbox\": \"mailto:xapi@adlnet.gov\"}"), version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"agent\"", "\"group\"", "\"AGENT\"", "\"Person\"", "123", "{\"key\": \"value\"}"})
    @DisplayName("An actor's objectType is the string \"Agent\" or \"Group\", matched exactly (Data 2.2.s4.b1.b6; 2.4.2)")
    void actorObjectTypeMustBeAgentOrGroupInExactCase(String objectType) {
        ObjectNode statement = withActor("{\"objectType\": " + objectType + ", \"mbox\": \"mailto:xapi@adlnet.gov\"}");

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, "actor.objectType", "\"Agent\"", "\"Group\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "{\"key\": \"value\"}", "true"})
    @DisplayName("\"A 'name' property is a String\" (Data 2.4.2.1.s2.table1.row2)")
    void anAgentsNameMustBeAString(String name) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withActor("{\"name\": " + name + ", \"mbox\": \"mailto:xapi@adlnet.gov\"}"), version,
                    "actor.name", "must be a string");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("Only a Group has members: the LRS rejects a 'member' property anywhere but in a Group (XAPI-00035)")
    void onlyAGroupHasMembers(XapiVersion version) {
        ObjectNode statement = withActor("""
                {"mbox": "mailto:team@example.com", "member": [{"mbox": "mailto:ana@example.com"}]}
                """);

        assertProblem(statement, version, "actor.member", "only a Group has members", "\"objectType\": \"Group\"");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"An Anonymous Group MUST include a 'member' property listing constituent Agents\" (Data 2.4.2.2.s4.b1; XAPI-00035)")
    void anAnonymousGroupMustListItsMembers(XapiVersion version) {
        assertProblem(withActor("{\"objectType\": \"Group\", \"name\": \"Nobody in particular\"}"), version,
                "actor.member", "is required", "anonymous Group");
        assertProblem(withActor("{\"objectType\": \"Group\", \"member\": []}"), version,
                "actor.member", "at least one Agent");
        assertValid(withActor("{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:ana@example.com\"}]}"), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"An Identified Group MUST include exactly one (1) Inverse Functional Identifier\" (Data 2.4.2.2.s5.b1; XAPI-00037)")
    void anIdentifiedGroupMustHaveExactlyOneInverseFunctionalIdentifier(XapiVersion version) {
        ObjectNode statement = withActor("""
                {"objectType": "Group", "mbox": "mailto:team@example.com", "openid": "http://openid.example.org/team"}
                """);

        assertProblem(statement, version, "actor", "an Identified Group must have exactly one", "mbox, openid");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"mbox\": \"mailto:team@example.com\"",
            "\"mbox_sha1sum\": \"cd9b00a5611f94eaa7b1661edab976068e364975\"",
            "\"openid\": \"http://openid.example.org/team\"",
            "\"account\": {\"homePage\": \"http://www.example.com\", \"name\": \"team-1\"}"})
    @DisplayName("\"An Identified Group MAY include a 'member' property\": without one it is valid (Data 2.4.2.2.s5.b4)")
    void anIdentifiedGroupMayOmitMembers(String ifi) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(withActor("{\"objectType\": \"Group\", " + ifi + "}"), version);
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"The 'member' property is an array of Objects following Agent requirements\" (XAPI-00036)")
    void groupMembersMustBeAnArrayOfValidAgents(XapiVersion version) {
        assertProblem(withActor("{\"objectType\": \"Group\", \"member\": {\"mbox\": \"mailto:ana@example.com\"}}"), version,
                "actor.member", "JSON array", "an object");
        assertProblem(withActor("{\"objectType\": \"Group\", \"member\": [{\"name\": \"No IFI\"}]}"), version,
                "actor.member[0]", "exactly one of mbox");
        assertProblem(withActor("{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:ana@example.com\"}, null]}"),
                version, "actor.member[1]", "must not be null");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"An Anonymous Group MUST NOT contain Group Objects in the 'member' identifiers\"; nor an Identified Group "
            + "(Data 2.4.2.2.s4.b2, s5.b2)")
    void groupMembersMustNotBeGroups(XapiVersion version) {
        String nested = "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:ana@example.com\"}]}";

        assertProblem(withActor("{\"objectType\": \"Group\", \"member\": [" + nested + "]}"), version,
                "actor.member[0]", "a Group cannot be a member of another Group");
        assertProblem(withActor("{\"objectType\": \"Group\", \"mbox\": \"mailto:t@example.com\", \"member\": [" + nested + "]}"),
                version, "actor.member[0]", "a Group cannot be a member of another Group");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"Statements that specify an Agent or Group as an Object MUST specify an 'objectType' property\" "
            + "(Data 2.4.4.2.s1.b1; XAPI-00065)")
    void anAgentOrGroupAsObjectMustSpecifyObjectType(XapiVersion version) {
        ObjectNode withoutType = set(minimal(), "object", "{\"mbox\": \"mailto:ben@example.com\"}");

        // Without objectType the object is an Activity, and an Activity has an id and no mbox.
        assertProblem(withoutType, version, "object.mbox", "not a property of an Activity");
        assertProblem(withoutType, version, "object.id", "is required");

        assertValid(set(minimal(), "object", "{\"objectType\": \"Agent\", \"mbox\": \"mailto:ben@example.com\"}"), version);
        assertValid(set(minimal(), "object", "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:ben@example.com\"}]}"),
                version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("An Agent or Group as object follows the Agent and Group requirements (Data 2.4.4.2)")
    void anAgentAsObjectIsValidatedAsAnAgent(XapiVersion version) {
        assertProblem(set(minimal(), "object", "{\"objectType\": \"Agent\", \"name\": 123}"), version,
                "object", "exactly one of mbox");
        assertProblem(set(minimal(), "object", "{\"objectType\": \"Agent\", \"name\": 123, \"mbox\": \"mailto:a@example.com\"}"),
                version, "object.name", "must be a string");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"instructor: Agent (MAY be a Group)\" (Data 2.4.6.s3.table1.row2; XAPI-00087)")
    void anInstructorIsAnAgentOrAGroup(XapiVersion version) {
        assertValid(set(minimal(), "context.instructor", "{\"mbox\": \"mailto:kim@example.com\"}"), version);
        assertValid(set(minimal(), "context.instructor", "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:kim@example.com\"}]}"),
                version);
        assertProblem(set(minimal(), "context.instructor", "{\"key\": \"should fail\"}"), version, "context.instructor",
                "exactly one of mbox");
        assertProblem(set(minimal(), "context.instructor", "\"should fail\""), version, "context.instructor",
                "JSON object", "a string");
    }

    @Test
    @DisplayName("The \"objectType\": \"Agent\" is a string holding exactly Agent: a JSON text inside it is rejected (XAPI-00014)")
    void anObjectTypeThatIsNotExactlyAgentIsRejected() {
        ObjectNode statement = withActor("{\"objectType\": \"\\\"objectType\\\": \\\"Agent\\\"\", \"mbox\": \"mailto:xapi@adlnet.gov\"}");

        assertThat(problems(statement, XapiVersion.V1_0_3)).extracting(FieldProblem::field).containsExactly("actor.objectType");
    }
}
