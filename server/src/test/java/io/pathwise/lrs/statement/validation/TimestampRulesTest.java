package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.quoted;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static io.pathwise.lrs.statement.validation.Fixtures.withSubStatement;

import io.pathwise.lrs.XapiVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Timestamps: the "timestamp" and "stored" properties (xAPI Data 2.4.7, 2.4.8, 4.5). The rules
 * shared by both versions are here; the time zone, required only by 2.0, is in
 * {@link VersionDifferencesTest}.
 */
class TimestampRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2013-05-18T05:32:34.804Z", "2015-11-18T12:17:00+00:00", "2008-09-15T15:53:00.601+02:00", "2008-09-15T15:53:00.601-05:30",
            "2013-05-18T05:32:34.804123456Z", "2013-05-18T05:32:34Z", "2013-05-18T05:32Z", "2013-05-18t05:32:34z",
            "2008-09-15 15:53:00.601+00:00", "20130518T053234.804Z", "20130518T053234+0200", "2013-05-18T05:32:34.804+0000",
            "2013-05-18T05:32:34.804+00", "2013-05-18T05:32:34,804Z", "2016-02-29T12:00:00Z", "2016-12-31T23:59:60Z"})
    @DisplayName("\"A Timestamp MUST be formatted according to ISO 8601\": extended and basic forms, any fraction, RFC 3339's "
            + "space separator (Data 4.5.s1.b1; XAPI-00123)")
    void iso8601TimestampsAreAccepted(String timestamp) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set(minimal(), "timestamp", quoted(timestamp)), version);
            assertValid(set(minimal(), "stored", quoted(timestamp)), version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "should fail", "01/011/2015", "", "2013-05-18", "2013-05-18T", "2013-05-18T05", "2013-05-18 05:32:34Z extra",
            "2013-5-18T05:32:34Z", "13-05-18T05:32:34Z", "2013-05-18T05:32:34.Z", "2013-05-18T05:32:34+2:00",
            "2013-05-18T05:32:34 +02:00", "2013-05-18T05:32:34ZZ", "Mon, 18 May 2013 05:32:34 GMT", "1368855154804",
            "20130518 053234Z", "2013-05-18T0532Z"})
    @DisplayName("Timestamps that are not ISO 8601 are rejected: \"An LRS rejects with 400 Bad Request a statement if it has a "
            + "TimeStamp and that TimeStamp is invalid\" (Data 2.4.7, 4.5; XAPI-00022, 00123)")
    void malformedTimestampsAreRejected(String timestamp) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "timestamp", quoted(timestamp)), version, "timestamp", "ISO 8601");
            assertProblem(set(minimal(), "stored", quoted(timestamp)), version, "stored", "ISO 8601");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-02-29T12:00:00Z", "2013-13-01T12:00:00Z", "2013-04-31T12:00:00Z", "2013-00-10T12:00:00Z",
            "2013-05-18T24:00:00Z", "2013-05-18T12:60:00Z", "2013-05-18T12:00:61Z", "2013-05-18T12:00:00+24:00",
            "2013-05-18T12:00:00+01:60", "1900-02-29T00:00:00Z"})
    @DisplayName("A timestamp naming a date or time that does not exist is rejected (Data 4.5.s1.b1)")
    void timestampsThatDoNotExistAreRejected(String timestamp) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "timestamp", quoted(timestamp)), version, "timestamp", "does not exist");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2008-09-15T15:53:00.601-00", "2008-09-15T15:53:00.601-0000", "2008-09-15T15:53:00.601-00:00"})
    @DisplayName("The offsets -00, -0000 and -00:00 are rejected: both conformance suites \"did not reject statement timestamp "
            + "with -00:00 offset\" (Data 4.5; timestamps.js)")
    void negativeZeroOffsetsAreRejected(String timestamp) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "timestamp", quoted(timestamp)), version, "timestamp", "-00:00", "negative zero");
            assertProblem(set(withSubStatement(minimal()), "object.timestamp", quoted(timestamp)), version,
                    "object.timestamp", "negative zero");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1368855154804", "{\"date\": \"2013-05-18\"}", "true"})
    @DisplayName("A timestamp is a string (Data 2.4.s1.table1.row7)")
    void aTimestampMustBeAString(String timestamp) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "timestamp", timestamp), version, "timestamp", "must be a string");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"An LRS SHOULD* NOT reject a timestamp for having a greater value than the current time\" (Data 2.4.7.s3.b6)")
    void futureTimestampsAreAccepted(XapiVersion version) {
        String inFiveYears = Instant.now().plus(5 * 366, ChronoUnit.DAYS).toString();

        assertValid(set(minimal(), "timestamp", quoted(inFiveYears)), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"stored\" is validated like \"timestamp\": \"An LRS SHOULD validate and then MUST overwrite any value currently "
            + "in the 'stored' property\" (Data 2.4.8.s3.b2)")
    void storedIsValidatedLikeATimestamp(XapiVersion version) {
        assertProblem(set(minimal(), "stored", "\"Sep 17, 1787 09:33:32\""), version, "stored", "ISO 8601");
        assertProblem(set(minimal(), "stored", "\"2008-09-15T15:53:00.601-00:00\""), version, "stored", "negative zero");
    }
}
