package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.set;

import io.pathwise.lrs.XapiVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Interaction Activities (xAPI Data 2.4.4.1, "Interaction Activities" and "Interaction Components"). */
class InteractionRulesTest {

    private static ObjectNode withDefinition(String definition) {
        return set(minimal(), "object.definition", definition);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "true-false | \"correctResponsesPattern\": [\"true\"]",
            "choice | \"correctResponsesPattern\": [\"golf[,]tetris\"], \"choices\": [{\"id\": \"golf\"}, {\"id\": \"tetris\"}]",
            "fill-in | \"correctResponsesPattern\": [\"{case_matters=false}Bob's your uncle\"]",
            "long-fill-in | \"correctResponsesPattern\": [\"{lang=en}It's a long story\"]",
            "matching | \"source\": [{\"id\": \"ben\"}], \"target\": [{\"id\": \"3\"}], \"correctResponsesPattern\": [\"ben[.]3\"]",
            "performance | \"steps\": [{\"id\": \"pong\"}, {\"id\": \"dg\"}], \"correctResponsesPattern\": [\"pong[.]1:[,]dg[.]:10\"]",
            "sequencing | \"choices\": [{\"id\": \"tim\"}, {\"id\": \"ben\"}], \"correctResponsesPattern\": [\"tim[,]ben\"]",
            "likert | \"scale\": [{\"id\": \"likert_0\", \"description\": {\"en-US\": \"It's OK\"}}], \"correctResponsesPattern\": [\"likert_0\"]",
            "numeric | \"correctResponsesPattern\": [\"4[:]\"]",
            "other | \"correctResponsesPattern\": [\"(35.937432,-86.868896)\"]"})
    @DisplayName("\"Interaction Activities MUST have a valid interactionType\": each of the ten types with its component lists "
            + "(Data 2.4.4.1.s13.b1; XAPI-00049)")
    void eachInteractionTypeIsAccepted(String type, String properties) {
        ObjectNode statement = withDefinition("{\"type\": \"http://adlnet.gov/expapi/activities/cmi.interaction\", "
                + "\"interactionType\": \"" + type + "\", " + properties + "}");

        for (XapiVersion version : XapiVersion.values()) {
            assertValid(statement, version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"true-faLse\"", "\"choiCe\"", "\"fill-iN\"", "\"long-fiLl-in\"", "\"matchIng\"", "\"perfOrmance\"",
            "\"seqUencing\"", "\"liKert\"", "\"nUmeric\"", "\"Other\"", "\"ab=c://should.fail.com\"", "\"essay\""})
    @DisplayName("\"The LRS MUST reject Statements where the case of a value restricted to enumerated values does not match\": "
            + "interactionType (Data 2.2.s4.b1.b6; XAPI-00009, 00049)")
    void interactionTypeMustBeOneOfTheTenValuesInExactCase(String type) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withDefinition("{\"interactionType\": " + type + "}"), version, "object.definition.interactionType",
                    "must be one of true-false, choice", "case-sensitive");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "{\"type\": \"choice\"}"})
    @DisplayName("interactionType is a String (Data 2.4.4.1.s8.table1.row1; XAPI-00049)")
    void interactionTypeMustBeAString(String type) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withDefinition("{\"interactionType\": " + type + "}"), version, "object.definition.interactionType",
                    "must be a string");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"correctResponsesPattern", "choices", "scale", "source", "target", "steps"})
    @DisplayName("\"An Activity Definition uses the interactionType property if any of the correctResponsesPattern, choices, "
            + "scale, source, target, or steps properties are used\" (XAPI-00064)")
    void interactionPropertiesRequireAnInteractionType(String property) {
        String value = property.equals("correctResponsesPattern") ? "[\"golf\"]" : "[{\"id\": \"golf\"}]";

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withDefinition("{\"" + property + "\": " + value + "}"), version,
                    "object.definition." + property, "only be used together with interactionType");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "choice, scale", "choice, steps", "sequencing, source", "likert, choices", "matching, choices",
            "performance, target", "true-false, choices", "fill-in, choices", "numeric, scale", "other, steps"})
    @DisplayName("Interaction component lists are only valid with their interaction types (Data 2.4.4.1.s15 table 2; "
            + "the LRS MAY reject the rest, 2.4.4.1.s13.b3)")
    void componentListsMustMatchTheInteractionType(String type, String list) {
        ObjectNode statement = withDefinition("{\"interactionType\": \"" + type + "\", \"" + list + "\": [{\"id\": \"a\"}]}");

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, "object.definition." + list, "not an interaction component list", "'" + type + "'");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"Within an array of interaction components, all id values MUST be distinct\" (Data 2.4.4.1.s16.b1)")
    void componentIdsMustBeDistinctWithinAList(XapiVersion version) {
        ObjectNode duplicate = withDefinition("""
                {"interactionType": "choice", "choices": [{"id": "golf"}, {"id": "tetris"}, {"id": "golf"}]}
                """);
        assertProblem(duplicate, version, "object.definition.choices[2].id", "'golf'", "distinct");

        ObjectNode acrossLists = withDefinition("""
                {"interactionType": "matching", "source": [{"id": "1"}], "target": [{"id": "1"}]}
                """);
        assertValid(acrossLists, version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("An interaction component has a required string id and an optional description language map, nothing else "
            + "(Data 2.4.4.1.s15)")
    void aComponentHasAStringIdAndOptionallyADescription(XapiVersion version) {
        assertProblem(withDefinition("{\"interactionType\": \"likert\", \"scale\": [{\"description\": {\"en\": \"OK\"}}]}"),
                version, "object.definition.scale[0].id", "is required");
        assertProblem(withDefinition("{\"interactionType\": \"likert\", \"scale\": [{\"id\": 3}]}"),
                version, "object.definition.scale[0].id", "must be a string");
        assertProblem(withDefinition("{\"interactionType\": \"likert\", \"scale\": [{\"id\": \"a\", \"description\": \"OK\"}]}"),
                version, "object.definition.scale[0].description", "language map");
        assertProblem(withDefinition("{\"interactionType\": \"likert\", \"scale\": [{\"id\": \"a\", \"value\": 3}]}"),
                version, "object.definition.scale[0].value", "not a property of an interaction component");
        assertProblem(withDefinition("{\"interactionType\": \"likert\", \"scale\": [\"likert_0\"]}"),
                version, "object.definition.scale[0]", "interaction component", "a string");
        assertProblem(withDefinition("{\"interactionType\": \"likert\", \"scale\": {\"id\": \"likert_0\"}}"),
                version, "object.definition.scale", "JSON array");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("correctResponsesPattern is an \"Array of Strings\" (Data 2.4.4.1.s8.table1.row2)")
    void correctResponsesPatternMustBeAnArrayOfStrings(XapiVersion version) {
        assertProblem(withDefinition("{\"interactionType\": \"numeric\", \"correctResponsesPattern\": \"4[:]\"}"), version,
                "object.definition.correctResponsesPattern", "JSON array");
        assertProblem(withDefinition("{\"interactionType\": \"numeric\", \"correctResponsesPattern\": [4]}"), version,
                "object.definition.correctResponsesPattern[0]", "must be a string");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"Where the Correct Response Pattern contains an empty array, the meaning of this is that there is no correct "
            + "answer\": an empty pattern list is valid (Data 2.4.4.1.s11)")
    void anEmptyCorrectResponsesPatternIsValid(XapiVersion version) {
        assertValid(withDefinition("{\"interactionType\": \"other\", \"correctResponsesPattern\": []}"), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("Response patterns are not validated: \"The LRS SHOULD* NOT enforce character limits relating to response "
            + "patterns\" and characterstring parameters \"are not validated by the LRS\" (Data 2.4.4.1)")
    void responsePatternsAreNotParsed(XapiVersion version) {
        String longPattern = "x".repeat(5000);
        assertValid(withDefinition("{\"interactionType\": \"numeric\", \"correctResponsesPattern\": [\"not a range\", \""
                + longPattern + "\", \"{case_matters=maybe}\"]}"), version);
    }
}
