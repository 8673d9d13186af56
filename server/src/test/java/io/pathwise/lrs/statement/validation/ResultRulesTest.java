package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.quoted;
import static io.pathwise.lrs.statement.validation.Fixtures.set;

import io.pathwise.lrs.XapiVersion;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The result and its score (xAPI Data 2.4.5, 2.4.5.1) and durations (4.6). */
class ResultRulesTest {

    private static final JsonMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static ObjectNode withScore(String score) {
        return set(minimal(), "result.score", score);
    }

    /** The score read as the LRS reads statements: fractions and exponents as exact decimals (ExactJson). */
    private static ObjectNode withExactScore(String score) {
        ObjectNode statement = minimal();
        statement.putObject("result").set("score", EXACT.readTree(score));
        return statement;
    }

    private static ObjectNode withResult(String property, String value) {
        return set(minimal(), "result." + property, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.6767676", "1.0", "1", "-1.0000", "0", "-0.5"})
    @DisplayName("\"scaled: Decimal number between -1 and 1, inclusive\" (Data 2.4.5.1.s2.table1.row1; XAPI-00083)")
    void scaledBetweenMinusOneAndOneIsAccepted(String scaled) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(withScore("{\"scaled\": " + scaled + "}"), version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.01", "-1.00001", "2", "-100", "1e400"})
    @DisplayName("A scaled score outside -1..1 is rejected (Data 2.4.5.1.s2.table1.row1; XAPI-00083)")
    void scaledMustBeBetweenMinusOneAndOne(String scaled) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withScore("{\"scaled\": " + scaled + "}"), version, "result.score.scaled", "between -1 and 1");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"raw: Decimal number between min and max (if present, otherwise unrestricted), inclusive\" "
            + "(Data 2.4.5.1.s2.table1.row2; XAPI-00082)")
    void rawMustBeBetweenMinAndMax(XapiVersion version) {
        assertValid(withScore("{\"raw\": 0.6767676}"), version);
        assertValid(withScore("{\"raw\": -12345.5}"), version);
        assertValid(withScore("{\"raw\": 0, \"min\": 0, \"max\": 100}"), version);
        assertValid(withScore("{\"raw\": 100, \"min\": 0, \"max\": 100}"), version);
        assertProblem(withScore("{\"raw\": 0.6767676, \"max\": 0.6567676}"), version, "result.score.raw", "more than max");
        assertProblem(withScore("{\"raw\": 0.6767676, \"min\": 1.4067676}"), version, "result.score.raw", "less than min");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("raw, min and max are finite numbers within the range of a double, as the scores Pathwise announces are")
    void rawMinAndMaxMustBeNumbersADoubleCanHold(XapiVersion version) {
        // 1e309 was stored and read back as the string "Infinity"; a 400-digit score answered 500.
        String huge = "1" + "0".repeat(400);
        for (String property : List.of("raw", "min", "max")) {
            for (String number : List.of("1e309", "-1e309", huge, "-" + huge)) {
                assertProblem(withScore("{\"" + property + "\": " + number + "}"), version, "result.score." + property,
                        "finite number");
                assertProblem(withExactScore("{\"" + property + "\": " + number + "}"), version,
                        "result.score." + property, "finite number");
            }
        }
        assertProblem(withScore("{\"scaled\": " + huge + "}"), version, "result.score.scaled", "between -1 and 1");
        assertValid(withExactScore("{\"raw\": 1.7976931348623157e308, \"min\": -1.7976931348623157e308}"), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("Scores are compared as the decimals sent: a min of -1e-400 is less than a max of 1e-400")
    void scoresAreComparedExactly(XapiVersion version) {
        // As doubles both are 0, and the min was refused as not less than the max.
        assertValid(withExactScore("{\"min\": -1e-400, \"raw\": 0, \"max\": 1e-400}"), version);
        assertProblem(withExactScore("{\"raw\": 0.30000000000000001, \"max\": 0.3}"), version, "result.score.raw",
                "more than max");
    }

    @ParameterizedTest
    @CsvSource({"0.6767676, 0.6767355", "100, 100", "104.6767676, 100.6767676"})
    @DisplayName("\"min: Decimal number less than max (if present)\" (Data 2.4.5.1.s2.table1.row3, row4; XAPI-00080, 00081)")
    void minMustBeLessThanMax(String min, String max) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withScore("{\"min\": " + min + ", \"max\": " + max + "}"), version, "result.score.min", "less than max");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"max | \"one hundred\"", "max | \"100\"", "raw | \"95\"", "min | true", "scaled | [0.5]"})
    @DisplayName("\"The LRS MUST reject Statements with strings where numbers are required, even if those strings contain "
            + "numbers\" (Data 2.2.s4.b1.b2; XAPI-00006)")
    void scoreValuesMustBeNumbers(String property, String value) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withScore("{\"" + property + "\": " + value + "}"), version, "result.score." + property,
                    "must be a number");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "\"should fail\""})
    @DisplayName("\"A 'score' property is an Object\" (Data 2.4.5.1; XAPI-00079)")
    void aScoreMustBeAnObject(String score) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withScore(score), version, "result.score", "a Score", "JSON object");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "success | \"true\"", "success | \"We regret to inform you that your effort was unsuccessful.\"",
            "completion | \"false\"", "completion | 1"})
    @DisplayName("\"The LRS MUST reject Statements with strings where booleans are required, even if those strings contain "
            + "booleans\" (Data 2.2.s4.b1.b3; XAPI-00074, 00075)")
    void successAndCompletionMustBeBooleans(String property, String value) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withResult(property, value), version, "result." + property, "true or false");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "{\"key\": \"invalid\"}", "true"})
    @DisplayName("\"A 'response' property is a String\" (Data 2.4.5.s2.table1.row4; XAPI-00076)")
    void theResponseMustBeAString(String response) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withResult("response", response), version, "result.response", "must be a string");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1H0M0.1S", "PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT0S",
            "P1M", "PT1M", "P0.5Y", "PT1,5S", "P1DT12H"})
    @DisplayName("\"A Duration MUST be expressed using the format for Duration in ISO 8601:2004(E) section 4.4.3.2\" "
            + "(Data 4.6.s1.b1; XAPI-00077, 00124)")
    void iso8601DurationsAreAccepted(String duration) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(withResult("duration", quoted(duration)), version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PA1H0M0S", "should fail", "P4W1D", "P", "PT", "P1YT", "1H", "PT1H30", "P1.5Y2M", "P1M1Y",
            "PT1S1M", "-P1D", "P16559.14S", "P0003-01-29T04:35:59", "pt1h", "PT1.S", "P1D T1H"})
    @DisplayName("Durations that are not ISO 8601:2004 4.4.3.2, including the alternative format and P4W1D, are rejected "
            + "(Data 4.6.s1.b1, 4.6.s2; XAPI-00124)")
    void invalidDurationsAreRejected(String duration) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withResult("duration", quoted(duration)), version, "result.duration", "ISO 8601 duration");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "{\"key\": \"invalid\"}"})
    @DisplayName("A duration is a string (Data 2.4.5.s2.table1.row5; XAPI-00077)")
    void aDurationMustBeAString(String duration) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withResult("duration", duration), version, "result.duration", "must be a string");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"An 'extensions' property is an Object\" with IRI keys (Data 2.4.5.s2.table1.row6; XAPI-00078)")
    void resultExtensionsMustBeAnExtensionsMap(XapiVersion version) {
        assertProblem(withResult("extensions", "\"should fail\""), version, "result.extensions", "JSON object");
        assertProblem(withResult("extensions", "{\"should fail\": true}"), version, "result.extensions['should fail']", "IRI");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("A result and a score have only the properties of Data 2.4.5 (Data 2.2.s4.b1.b7)")
    void resultAndScoreHaveOnlyTheDefinedProperties(XapiVersion version) {
        assertProblem(withResult("grade", "\"A\""), version, "result.grade", "not a property of a Result");
        assertProblem(withScore("{\"percent\": 95}"), version, "result.score.percent", "not a property of a Score");
        assertProblem(withResult("Success", "true"), version, "result.Success", "did you mean 'success'");
    }
}
