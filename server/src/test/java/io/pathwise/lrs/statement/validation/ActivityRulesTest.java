package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.problems;
import static io.pathwise.lrs.statement.validation.Fixtures.remove;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.FieldProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Activities as objects and their definitions (xAPI Data 2.4.4, 2.4.4.1, 4.1). */
class ActivityRulesTest {

    private static ObjectNode withDefinition(String definition) {
        return set(minimal(), "object.definition", definition);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"If not specified, the objectType is assumed to be Activity\" (Data 2.4.4.s2)")
    void anObjectWithoutObjectTypeIsAnActivity(XapiVersion version) {
        assertValid(set(minimal(), "object", "{\"id\": \"http://www.example.com/meetings/occurances/34534\"}"), version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"activity\"", "\"agent\"", "\"group\"", "\"statementref\"", "\"substatement\"", "\"Course\""})
    @DisplayName("\"An 'object' property's 'objectType' property is either Activity, Agent, Group, SubStatement, or "
            + "StatementRef\", matched exactly (Data 2.4.4.s2; XAPI-00046)")
    void objectTypeMustBeAKnownValueInExactCase(String objectType) {
        ObjectNode statement = set(minimal(), "object.objectType", objectType);

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, "object.objectType", "Activity, Agent, Group, StatementRef or SubStatement",
                    "case-sensitive");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("An object's objectType is a string (Data 2.4.4)")
    void objectTypeMustBeAString(XapiVersion version) {
        assertProblem(set(minimal(), "object.objectType", "42"), version, "object.objectType", "must be a string");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"An 'object' property uses the 'id' property exactly one time\": an Activity id is required (XAPI-00047)")
    void anActivityMustHaveAnId(XapiVersion version) {
        assertProblem(remove(minimal(), "object.id"), version, "object.id", "is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"ab=c://should.fail.com\"", "\"should error\"", "\"www.example.com/activity\"",
            "\"http://example.com/a b\"", "\"http://example.com/%zz\"", "\"/relative/path\"", "12345"})
    @DisplayName("\"An 'object' property's 'id' property is an IRI\"; IRIs without a scheme are rejected "
            + "(Data 2.4.4.1, 2.2.s4.b1.b8; XAPI-00047)")
    void anActivityIdMustBeAnAbsoluteIri(String id) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "object.id", id), version, "object.id", "must be");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"should fail\"", "12345", "[]"})
    @DisplayName("\"An Activity's 'definition' property is an Object\" (Data 2.4.4.1.s1.table1.row3; XAPI-00048)")
    void aDefinitionMustBeAnObject(String definition) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withDefinition(definition), version, "object.definition", "Activity Definition", "JSON object");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "description"})
    @DisplayName("An Activity Definition's name and description are Language Maps (Data 2.4.4.1.s2; XAPI-00056, 00059)")
    void nameAndDescriptionMustBeLanguageMaps(String property) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withDefinition("{\"" + property + "\": \"should error\"}"), version,
                    "object.definition." + property, "language map");
            assertProblem(withDefinition("{\"" + property + "\": 12345}"), version,
                    "object.definition." + property, "language map");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"An Activity Definition's 'type' property is an IRI\" (Data 2.4.4.1.s2.table1.row3; XAPI-00060)")
    void theActivityTypeMustBeAnIri(XapiVersion version) {
        assertProblem(withDefinition("{\"type\": \"should fail\"}"), version, "object.definition.type", "absolute IRI");
        assertValid(withDefinition("{\"type\": \"http://adlnet.gov/expapi/activities/meeting\"}"), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"An Activity Definition's 'moreinfo' property is an IRL\" (Data 2.4.4.1.s2.table1.row4; XAPI-00061)")
    void moreInfoMustBeAnIrl(XapiVersion version) {
        assertProblem(withDefinition("{\"moreInfo\": \"should fail\"}"), version, "object.definition.moreInfo", "IRL");
        assertValid(withDefinition("{\"moreInfo\": \"http://virtualmeeting.example.com/345256\"}"), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("An Activity Definition has only the properties of Data 2.4.4.1 (Data 2.2.s4.b1.b7)")
    void aDefinitionHasOnlyTheDefinedProperties(XapiVersion version) {
        assertProblem(withDefinition("{\"title\": {\"en\": \"Meeting\"}}"), version, "object.definition.title",
                "not a property of an Activity Definition");
        assertProblem(withDefinition("{\"moreinfo\": \"http://example.com\"}"), version, "object.definition.moreinfo",
                "did you mean 'moreInfo'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "12345", "{\"key\": \"valid\"}", "\"valid\"", "null", "[1, null, \"x\"]"})
    @DisplayName("\"An LRS MUST NOT reject a Statement based on the values of the extensions map\" (Data 4.1.s3.b2)")
    void extensionValuesMayBeAnyJson(String value) {
        for (String path : new String[] {"object.definition.extensions", "result.extensions", "context.extensions"}) {
            ObjectNode statement = set(minimal(), path, "{\"http://example.com/ex\": " + value + "}");
            for (XapiVersion version : XapiVersion.values()) {
                assertValid(statement, version);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"An Extension can be empty\" (conformance suite, Data 4.1)")
    void extensionsMayBeEmpty(XapiVersion version) {
        ObjectNode statement = minimal();
        set(statement, "object.definition.extensions", "{}");
        set(statement, "result.extensions", "{}");
        set(statement, "context.extensions", "{}");

        assertValid(statement, version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"should fail", "id", "description", "example.com/ext", ""})
    @DisplayName("\"The keys of an extensions map MUST be IRIs\" (Data 4.1.s3.b1; XAPI-00118)")
    void extensionKeysMustBeIris(String key) {
        for (String path : new String[] {"object.definition.extensions", "result.extensions", "context.extensions"}) {
            ObjectNode statement = set(minimal(), path, "{" + Fixtures.quoted(key) + ": true}");
            for (XapiVersion version : XapiVersion.values()) {
                assertProblem(statement, version, path + "['" + key + "']", "extension keys must be absolute IRIs");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"should fail\"", "12345", "[]"})
    @DisplayName("\"An Activity Definition's 'extension' property is an Object\" (XAPI-00057)")
    void extensionsMustBeAnObject(String extensions) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withDefinition("{\"extensions\": " + extensions + "}"), version, "object.definition.extensions",
                    "extensions map", "JSON object");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("IRIs are compared and stored as given: a path with dot segments is a valid IRI (2.0 suite, 4.2.7)")
    void iriDotSegmentsAreAccepted(XapiVersion version) {
        assertValid(set(minimal(), "object.id", "\"http://example.com/path/../3f1c\""), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("A broken object is reported once, not as a cascade of follow-up problems")
    void aWronglyTypedObjectIsReportedOnce(XapiVersion version) {
        assertThat(problems(set(minimal(), "object", "\"http://example.com/a\""), version))
                .extracting(FieldProblem::field).containsExactly("object");
    }
}
