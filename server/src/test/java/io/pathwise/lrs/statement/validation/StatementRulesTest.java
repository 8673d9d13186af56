package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.parse;
import static io.pathwise.lrs.statement.validation.Fixtures.problems;
import static io.pathwise.lrs.statement.validation.Fixtures.remove;
import static io.pathwise.lrs.statement.validation.Fixtures.rich;
import static io.pathwise.lrs.statement.validation.Fixtures.rich2;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Formatting rules of a statement as a whole (xAPI Data 2.2, 2.4, 2.4.1, 2.3.2). */
class StatementRulesTest {

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("A statement that uses every property correctly is valid (Data 2.4)")
    void aRichStatementUsingEveryPropertyIsValid(XapiVersion version) {
        assertValid(rich(), version);
    }

    @Test
    @DisplayName("A 2.0 statement with context agents and groups is valid under xAPI 2.0")
    void aRichStatementWithContextAgentsAndGroupsIsValidUnderXapi2() {
        assertValid(rich2(), XapiVersion.V2_0_0);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("id, stored, authority, timestamp and version are optional: the LRS sets them (Data 2.3.1, 2.4)")
    void propertiesTheLrsSetsAreOptional(XapiVersion version) {
        assertValid(minimal(), version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"statement\"", "42", "null", "true"})
    @DisplayName("A statement is a JSON object")
    void aStatementMustBeAJsonObject(String json) {
        List<FieldProblem> problems = problems(Fixtures.JSON.readTree(json), XapiVersion.V1_0_3);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEmpty();
            assertThat(problem.reason()).contains("statement");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"actor", "verb", "object"})
    @DisplayName("\"A Statement MUST use 'actor', 'verb', and 'object'\" (Data 2.2.s2.b3)")
    void aStatementMustHaveAnActorAVerbAndAnObject(String property) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(remove(minimal(), property), version, property, "is required", "actor, a verb and an object");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "iD, id", "Actor, actor", "veRb, verb", "oBject, object", "RESULT, result", "conText, context",
            "timeStamp, timestamp", "STOred, stored", "auTHORity, authority", "Version, version", "attachmentS, attachments"})
    @DisplayName("\"The LRS MUST reject Statements where the case of a key does not match the case specified\" (Data 2.2.s4.b1.b5)")
    void propertyNamesAreCaseSensitive(String wrongCase, String rightCase) {
        ObjectNode statement = minimal();
        statement.put(wrongCase, "x");

        String reason = assertProblem(statement, XapiVersion.V1_0_3, wrongCase, "case-sensitive");
        assertThat(reason).contains("'" + rightCase + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "extra | ",
            "actor.extra | an Agent",
            "verb.extra | a Verb",
            "object.extra | an Activity",
            "object.definition.extra | an Activity Definition",
            "result.extra | a Result",
            "result.score.extra | a Score",
            "context.extra | a Context",
            "context.contextActivities.extra | context type",
            "context.statement.extra | a Statement Reference",
            "actor.account.extra | an account"})
    @DisplayName("\"The LRS MUST reject Statements where a key or value is not allowed by this specification\" (Data 2.2.s4.b1.b7)")
    void additionalPropertiesAreRejectedAtEveryLevel(String path, String what) {
        ObjectNode statement = minimal();
        set(statement, "actor", "{\"account\": {\"homePage\": \"http://example.com\", \"name\": \"ana\"}}");
        set(statement, "object.definition", "{\"name\": {\"en\": \"Meeting\"}}");
        set(statement, "result", "{\"score\": {\"raw\": 1}}");
        set(statement, "context", """
                {"contextActivities": {"parent": {"id": "http://example.com/a"}},
                 "statement": {"objectType": "StatementRef", "id": "8f87ccde-bb56-4c2e-ab83-44982ef22df0"}}
                """);
        set(statement, path, "\"surprise\"");

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, path, what == null ? "not a property" : what);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "actor.name", "verb.display.en-US", "context.registration", "object.definition.moreInfo", "result.success",
            "timestamp", "id", "object.definition.name"})
    @DisplayName("\"The LRS MUST reject Statements with any null values (except inside extensions)\" (Data 2.2.s4.b1.b1)")
    void nullValuesAreRejected(String path) {
        ObjectNode statement = rich();
        set(statement, path, "null");

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, fieldOf(path), "must not be null");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("Null values inside extensions are accepted: \"except inside extensions\" (Data 2.2.s4.b1.b1; 4.1.s3.b2)")
    void nullValuesInsideExtensionsAreAccepted(XapiVersion version) {
        ObjectNode statement = minimal();
        set(statement, "object.definition", "{\"extensions\": {\"http://example.com/null\": null}}");
        set(statement, "result", "{\"extensions\": {\"http://example.com/null\": null}}");
        set(statement, "context", "{\"extensions\": {\"http://example.com/null\": {\"deeper\": [null]}}}");

        assertValid(statement, version);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12345", "{\"key\": \"should fail\"}", "\"AA97B177-9383-4934-8543-0F91A7A028368\"",
            "\"MA97B177-9383-4934-8543-0F91A7A02836\"", "\"\"", "\"6690e6c93ef04ed38b377f3964730bee\"",
            "\"{6690e6c9-3ef0-4ed3-8b37-7f3964730bee}\""})
    @DisplayName("The statement id is a UUID in standard string form (Data 2.4.1, 4.4; XAPI-00007, 00027)")
    void statementIdMustBeAUuid(String id) {
        ObjectNode statement = set(minimal(), "id", id);

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, "id", "must");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"6690e6c9-3ef0-4ed3-8b37-7f3964730bee", "6690E6C9-3EF0-4ED3-8B37-7F3964730BEE",
            "00000000-0000-0000-0000-000000000000"})
    @DisplayName("Any UUID in standard form is accepted, in either case: RFC 4122 hex digits are \"case insensitive on input\"")
    void uuidsOfAnyVariantAndCaseAreAccepted(String id) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set(minimal(), "id", Fixtures.quoted(id)), version);
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"When issuing a Statement that voids another, the Object of that voiding Statement MUST have the "
            + "objectType property set to StatementRef\" (Data 2.3.2.s2.b1; XAPI-00017)")
    void aVoidingStatementMustHaveAStatementRefAsObject(XapiVersion version) {
        ObjectNode voiding = set(minimal(), "verb", "{\"id\": \"http://adlnet.gov/expapi/verbs/voided\", \"display\": {\"en-US\": \"voided\"}}");

        assertProblem(voiding, version, "object", "Statement Reference", "voided");

        set(voiding, "object", "{\"objectType\": \"StatementRef\", \"id\": \"e05aa883-acaf-40ad-bf54-02c8ce485fb0\"}");
        assertValid(voiding, version);
    }

    @Test
    @DisplayName("Every problem of a statement is reported, not only the first")
    void everyProblemIsReported() {
        ObjectNode statement = minimal();
        set(statement, "id", "\"not-a-uuid\"");
        set(statement, "verb.id", "\"not an iri\"");
        set(statement, "object.id", "\"also not an iri\"");
        set(statement, "result", "{\"success\": \"true\"}");

        assertThat(problems(statement, XapiVersion.V2_0_0)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("id", "verb.id", "object.id", "result.success");
    }

    @Test
    @DisplayName("Problem fields are JSON paths relative to the statement, with indexes and bracketed keys")
    void problemFieldsAreJsonPaths() {
        ObjectNode statement = rich();
        set(statement, "object.definition.choices", "[{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": 3}]");
        set(statement, "verb.display", "{\"de-419-DE\": \"besucht\"}");

        List<FieldProblem> problems = problems(statement, XapiVersion.V1_0_3);

        assertThat(problems).extracting(FieldProblem::field)
                .contains("object.definition.choices[2].id", "verb.display['de-419-DE']");
    }

    @Test
    @DisplayName("Validation reads the statement and never changes it")
    void theStatementIsNotChanged() {
        ObjectNode statement = rich();
        JsonNode before = statement.deepCopy();

        problems(statement, XapiVersion.V2_0_0);
        problems(set(minimal(), "object", "{\"id\": \"http://example.com/a\"}"), XapiVersion.V1_0_3);

        assertThat(statement).isEqualTo(before);
    }

    @Test
    @DisplayName("\"An example of the simplest possible Statement using all properties that MUST or SHOULD be used\" is valid (Data 2.4.s2)")
    void theSpecificationsSimplestStatementIsValid() {
        ObjectNode statement = parse("""
                {"actor": {"mbox": "mailto:xapi@adlnet.gov"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/created"},
                 "object": {"id": "http://example.adlnet.gov/xapi/example/activity"}}
                """);

        assertValid(statement, XapiVersion.V1_0_3);
        assertValid(statement, XapiVersion.V2_0_0);
    }

    /** The reported field of a dotted fixture path: language tags are written in brackets. */
    private static String fieldOf(String path) {
        return path.equals("verb.display.en-US") ? "verb.display['en-US']" : path;
    }
}
