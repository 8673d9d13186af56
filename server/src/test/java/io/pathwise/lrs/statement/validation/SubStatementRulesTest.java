package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.remove;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static io.pathwise.lrs.statement.validation.Fixtures.withSubStatement;

import io.pathwise.lrs.XapiVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** SubStatements and Statement References as objects (xAPI Data 2.4.4.3). */
class SubStatementRulesTest {

    private static ObjectNode subStatement() {
        return withSubStatement(minimal());
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("A SubStatement with its own actor, verb, object, result, context and timestamp is valid (Data 2.4.4.3.s9)")
    void aCompleteSubStatementIsValid(XapiVersion version) {
        ObjectNode statement = subStatement();
        set(statement, "object.result", "{\"success\": true, \"score\": {\"scaled\": 0.5}}");
        set(statement, "object.context", "{\"registration\": \"ec531277-b57b-4c15-8d91-d292c5b2b8f7\", \"language\": \"en\"}");
        set(statement, "object.timestamp", "\"2050-01-01T00:00:00Z\"");

        assertValid(statement, version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"substatement\"", "\"Substatement\"", "\"SUBSTATEMENT\""})
    @DisplayName("\"A SubStatement MUST specify an 'objectType' property with the value SubStatement\", in exact case "
            + "(Data 2.4.4.3.s8.b1)")
    void aSubStatementMustSayObjectTypeSubStatement(String objectType) {
        ObjectNode statement = set(subStatement(), "object.objectType", objectType);

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, "object.objectType", "case-sensitive");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "id | \"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\"",
            "stored | \"2013-05-18T05:32:34.804Z\"",
            "version | \"1.0.0\"",
            "authority | {\"objectType\": \"Agent\", \"mbox\": \"mailto:authority@example.com\"}"})
    @DisplayName("\"A SubStatement MUST NOT have the 'id', 'stored', 'version' or 'authority' properties\" "
            + "(Data 2.4.4.3.s8.b3; XAPI-00067 to 00070)")
    void aSubStatementMustNotHaveIdStoredVersionOrAuthority(String property, String value) {
        ObjectNode statement = set(subStatement(), "object." + property, value);

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, "object." + property, "must not be used in a SubStatement");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"A SubStatement MUST NOT contain a SubStatement of its own, i.e., cannot be nested\" "
            + "(Data 2.4.4.3.s8.b4; XAPI-00071)")
    void aSubStatementMustNotContainAnotherSubStatement(XapiVersion version) {
        ObjectNode statement = subStatement();
        ObjectNode nested = minimal();
        nested.put("objectType", "SubStatement");
        ((ObjectNode) statement.get("object")).set("object", nested);

        assertProblem(statement, version, "object.object.objectType", "cannot contain another SubStatement");
    }

    @ParameterizedTest
    @ValueSource(strings = {"actor", "verb", "object"})
    @DisplayName("\"A SubStatement MUST be validated as a Statement\": it needs its actor, verb and object "
            + "(Data 2.4.4.3.s8.b2; XAPI-00066)")
    void aSubStatementMustHaveAnActorAVerbAndAnObject(String property) {
        ObjectNode statement = remove(subStatement(), "object." + property);

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, "object." + property, "is required");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"A SubStatement MUST be validated as a Statement\": its parts follow the statement rules (Data 2.4.4.3.s8.b2)")
    void aSubStatementsPartsFollowTheStatementRules(XapiVersion version) {
        assertProblem(set(subStatement(), "object.verb.display", "{\"de-419-DE\": \"besucht\"}"), version,
                "object.verb.display['de-419-DE']", "RFC 5646");
        assertProblem(set(subStatement(), "object.actor", "{\"objectType\": \"agent\", \"mbox\": \"mailto:a@example.com\"}"),
                version, "object.actor.objectType", "\"Agent\"");
        assertProblem(set(subStatement(), "object.result.duration", "\"PA1H0M0S\""), version, "object.result.duration", "ISO 8601");
        assertProblem(set(subStatement(), "object.context.registration", "\"should fail\""), version,
                "object.context.registration", "UUID");
        assertProblem(set(subStatement(), "object.timestamp", "\"01/011/2015\""), version, "object.timestamp", "ISO 8601");
        assertProblem(set(subStatement(), "object.object.definition.name", "{}"), version,
                "object.object.definition.name", "at least one entry");
        assertProblem(set(subStatement(), "object.extra", "true"), version, "object.extra", "not a property of a SubStatement");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"A SubStatement MAY have a 'timestamp' property that is in the future\" (Data 2.4.7.s3.b5)")
    void aSubStatementTimestampMayBeInTheFuture(XapiVersion version) {
        assertValid(set(subStatement(), "object.timestamp", "\"2999-12-31T23:59:59.999Z\""), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("A SubStatement's object may be an Agent, a Group or a Statement Reference (conformance suite, substatements)")
    void aSubStatementsObjectMayBeAnAgentGroupOrStatementReference(XapiVersion version) {
        assertValid(set(subStatement(), "object.object", "{\"objectType\": \"Agent\", \"mbox\": \"mailto:ben@example.com\"}"), version);
        assertValid(set(subStatement(), "object.object", "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:ben@example.com\"}]}"),
                version);
        assertValid(set(subStatement(), "object.object", "{\"objectType\": \"StatementRef\", \"id\": \"e05aa883-acaf-40ad-bf54-02c8ce485fb0\"}"),
                version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("Attachments may describe a SubStatement: the specification only recommends keeping them in the containing "
            + "Statement (Data 2.4.11)")
    void aSubStatementMayCarryAttachmentMetadata(XapiVersion version) {
        ObjectNode statement = set(subStatement(), "object.attachments", """
                [{"usageType": "http://example.com/attachment-usage/test", "display": {"en-US": "A test attachment"},
                  "contentType": "text/plain", "length": 27,
                  "sha2": "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a"}]
                """);

        assertValid(statement, version);
        assertProblem(set(statement, "object.attachments", "[{\"usageType\": \"should fail\"}]"), version,
                "object.attachments[0].usageType", "IRI");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"A Statement Reference MUST specify an 'objectType' property with the value StatementRef\" and \"MUST set "
            + "the 'id' property to the UUID of a Statement\" (Data 2.4.4.3.s4; XAPI-00072, 00073)")
    void aStatementReferenceHasObjectTypeStatementRefAndAUuid(XapiVersion version) {
        String ref = "{\"objectType\": \"StatementRef\", \"id\": \"e05aa883-acaf-40ad-bf54-02c8ce485fb0\"}";
        assertValid(set(minimal(), "object", ref), version);
        assertProblem(set(minimal(), "object", "{\"objectType\": \"statementref\", \"id\": \"e05aa883-acaf-40ad-bf54-02c8ce485fb0\"}"),
                version, "object.objectType", "case-sensitive");
        assertProblem(set(minimal(), "object", "{\"objectType\": \"StatementRef\"}"), version, "object.id", "is required");
        assertProblem(set(minimal(), "object", "{\"objectType\": \"StatementRef\", \"id\": \"should fail\"}"), version,
                "object.id", "UUID");
        assertProblem(set(minimal(), "object", "{\"objectType\": \"StatementRef\", \"id\": \"e05aa883-acaf-40ad-bf54-02c8ce485fb0\", "
                + "\"definition\": {}}"), version, "object.definition", "not a property of a Statement Reference");
    }
}
