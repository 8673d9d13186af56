package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.problems;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static io.pathwise.lrs.statement.validation.Fixtures.withSubStatement;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.FieldProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** The context of a statement (xAPI Data 2.4.6, 2.4.6.2), shared by 1.0.3 and 2.0. */
class ContextRulesTest {

    private static final String STATEMENT_REF = "{\"objectType\": \"StatementRef\", \"id\": \"8f87ccde-bb56-4c2e-ab83-44982ef22df0\"}";

    private static ObjectNode withContext(String property, String value) {
        return set(minimal(), "context." + property, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"key\": \"should fail\"}", "\"should fail\"", "\"AA97B177-9383-4934-8543-0F91A7A028368\"",
            "\"MA97B177-9383-4934-8543-0F91A7A02836\"", "12345"})
    @DisplayName("\"A 'registration' property is a UUID\" (Data 2.4.6.s3.table1.row1; XAPI-00087)")
    void theRegistrationMustBeAUuid(String registration) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withContext("registration", registration), version, "context.registration", "must be");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"objectType\": \"Agent\", \"mbox\": \"mailto:ana@example.com\"}",
            "{\"mbox\": \"mailto:ana@example.com\"}",
            "{\"key\": \"should fail\"}",
            "\"should fail\""})
    @DisplayName("\"An 'team' property is a Group\" (Data 2.4.6.s3.table1.row3; XAPI-00088)")
    void theTeamMustBeAGroup(String team) {
        for (XapiVersion version : XapiVersion.values()) {
            assertThat(problems(withContext("team", team), version)).extracting(FieldProblem::field)
                    .anySatisfy(field -> assertThat(field).startsWith("context.team"));
        }
        assertProblem(withContext("team", "{\"objectType\": \"Agent\", \"mbox\": \"mailto:ana@example.com\"}"),
                XapiVersion.V1_0_3, "context.team.objectType", "must be \"Group\"", "a team is a Group");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("A team may be an anonymous or an identified Group (Data 2.4.6.s3.table1.row3)")
    void aTeamMayBeAnyGroup(XapiVersion version) {
        assertValid(withContext("team", "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:ana@example.com\"}]}"), version);
        assertValid(withContext("team", "{\"objectType\": \"Group\", \"mbox\": \"mailto:team@example.com\"}"), version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"should fail\"", "12345", "[]"})
    @DisplayName("\"A 'contextActivities' property is an Object\" (Data 2.4.6.s3.table1.row4; XAPI-00086)")
    void contextActivitiesMustBeAnObject(String value) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withContext("contextActivities", value), version, "context.contextActivities", "JSON object");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"A 'contextActivities' property contains one or more key/value pairs\" (conformance suite, 4.1.6.2.b)")
    void contextActivitiesMustNotBeEmpty(XapiVersion version) {
        assertProblem(withContext("contextActivities", "{}"), version, "context.contextActivities", "at least one of parent");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"Every key in the contextActivities Object MUST be one of parent, grouping, category, or other\" (Data 2.4.6.2.s4.b1)")
    void contextActivityKeysMustBeTheFourContextTypes(XapiVersion version) {
        assertProblem(withContext("contextActivities", "{\"sibling\": [{\"id\": \"http://example.com/a\"}]}"), version,
                "context.contextActivities.sibling", "parent, grouping, category and other");
        assertProblem(withContext("contextActivities", "{\"Parent\": [{\"id\": \"http://example.com/a\"}]}"), version,
                "context.contextActivities.Parent", "not a context type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"parent", "grouping", "category", "other"})
    @DisplayName("\"Every value in the contextActivities Object MUST be either a single Activity Object or an array of Activity "
            + "Objects\" (Data 2.4.6.2.s4.b2)")
    void contextActivitiesAreAnActivityOrAListOfActivities(String type) {
        String activity = "{\"objectType\": \"Activity\", \"id\": \"http://www.example.com/meetings/occurances/34534\"}";
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(withContext("contextActivities", "{\"" + type + "\": [" + activity + "]}"), version);
            assertValid(withContext("contextActivities", "{\"" + type + "\": " + activity + "}"), version);
            assertProblem(withContext("contextActivities", "{\"" + type + "\": \"http://example.com/a\"}"), version,
                    "context.contextActivities." + type, "an Activity or a list of Activities");
            assertProblem(withContext("contextActivities", "{\"" + type + "\": [{\"definition\": {}}]}"), version,
                    "context.contextActivities." + type + "[0].id", "is required");
            assertProblem(withContext("contextActivities", "{\"" + type + "\": {\"objectType\": \"Agent\", \"id\": \"http://e.com/a\"}}"),
                    version, "context.contextActivities." + type + ".objectType", "must be \"Activity\"");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"revision | 12345", "revision | {\"key\": \"should fail\"}",
            "platform | 12345", "platform | {\"key\": \"should fail\"}"})
    @DisplayName("\"A 'revision' property is a String\"; \"A 'platform' property is a String\" (Data 2.4.6.s3; XAPI-00089, 00090)")
    void revisionAndPlatformMustBeStrings(String property, String value) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withContext(property, value), version, "context." + property, "must be a string");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"objectType\": \"Agent\", \"mbox\": \"mailto:ben@example.com\"} | an Agent",
            "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:ben@example.com\"}]} | a Group",
            "{\"objectType\": \"StatementRef\", \"id\": \"8f87ccde-bb56-4c2e-ab83-44982ef22df0\"} | a Statement Reference"})
    @DisplayName("\"The 'revision' property MUST only be used if the Statement's Object is an Activity\"; likewise "
            + "\"platform\" (Data 2.4.6.s4.b1, b2; XAPI-00084, 00085)")
    void revisionAndPlatformAreOnlyForActivities(String object, String objectName) {
        for (XapiVersion version : XapiVersion.values()) {
            for (String property : new String[] {"revision", "platform"}) {
                ObjectNode statement = set(minimal(), "object", object);
                set(statement, "context." + property, "\"rev_10_3_2\"");
                assertProblem(statement, version, "context." + property, "only be used when the statement's object is an Activity",
                        objectName);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("Revision and platform are also refused when the object is a SubStatement, and checked against a "
            + "SubStatement's own object inside it (Data 2.4.6.s4; XAPI-00084)")
    void revisionAndPlatformFollowTheirOwnStatementsObject(XapiVersion version) {
        ObjectNode outer = withSubStatement(minimal());
        set(outer, "context.revision", "\"rev_10_3_2\"");
        assertProblem(outer, version, "context.revision", "a SubStatement");

        ObjectNode inner = withSubStatement(minimal());
        set(inner, "object.object", "{\"objectType\": \"Agent\", \"mbox\": \"mailto:ben@example.com\"}");
        set(inner, "object.context.platform", "\"Example virtual meeting software\"");
        assertProblem(inner, version, "object.context.platform", "an Agent");

        ObjectNode innerActivity = withSubStatement(minimal());
        set(innerActivity, "object.context.platform", "\"Example virtual meeting software\"");
        assertValid(innerActivity, version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("Revision and platform are allowed with an Activity object, with or without its objectType (XAPI-00084)")
    void revisionAndPlatformAreAllowedForActivities(XapiVersion version) {
        ObjectNode statement = set(minimal(), "object", "{\"id\": \"http://www.example.com/meetings/occurances/34534\"}");
        set(statement, "context.revision", "\"rev_10_3_2\"");
        set(statement, "context.platform", "\"Example virtual meeting software\"");

        assertValid(statement, version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"A 'statement' property is a Statement Reference\" (Data 2.4.6.s3.table1.row8; XAPI-00091)")
    void theContextStatementMustBeAStatementReference(XapiVersion version) {
        assertValid(withContext("statement", STATEMENT_REF), version);
        assertProblem(withContext("statement", "{\"objectType\": \"statementref\", \"id\": \"8f87ccde-bb56-4c2e-ab83-44982ef22df0\"}"),
                version, "context.statement.objectType", "must be \"StatementRef\"");
        assertProblem(withContext("statement", "{\"objectType\": \"StatementRef\", \"id\": \"should fail\"}"), version,
                "context.statement.id", "UUID");
        assertProblem(withContext("statement", "{\"id\": \"8f87ccde-bb56-4c2e-ab83-44982ef22df0\"}"), version,
                "context.statement.objectType", "is required");
        assertProblem(withContext("statement", "\"8f87ccde-bb56-4c2e-ab83-44982ef22df0\""), version,
                "context.statement", "JSON object");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("A context has only the properties of Data 2.4.6 (Data 2.2.s4.b1.b7)")
    void aContextHasOnlyTheDefinedProperties(XapiVersion version) {
        assertProblem(withContext("location", "\"Room 3\""), version, "context.location", "not a property of a Context");
    }
}
