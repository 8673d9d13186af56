package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.problems;
import static io.pathwise.lrs.statement.validation.Fixtures.quoted;
import static io.pathwise.lrs.statement.validation.Fixtures.rich2;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static io.pathwise.lrs.statement.validation.Fixtures.withSubStatement;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.FieldProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Where xAPI 1.0.3 and 2.0 (IEEE 9274.1.1) validate statements differently. */
class VersionDifferencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2013-05-18T05:32:34.804", "2013-05-18T05:32:34", "2013-05-18 05:32", "20130518T053234"})
    @DisplayName("xAPI 1.0.3: \"A Timestamp SHOULD* include the time zone\", so one without is accepted (Data 4.5.s1.b4)")
    void version103AcceptsTimestampsWithoutATimeZone(String timestamp) {
        assertValid(set(minimal(), "timestamp", quoted(timestamp)), XapiVersion.V1_0_3);
        assertValid(set(minimal(), "stored", quoted(timestamp)), XapiVersion.V1_0_3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-05-18T05:32:34.804", "2013-05-18T05:32:34", "2013-05-18 05:32", "20130518T053234"})
    @DisplayName("xAPI 2.0 requires the time zone on timestamps (IEEE 9274.1.1, Timestamps)")
    void version2RequiresATimeZoneOnTimestamps(String timestamp) {
        assertProblem(set(minimal(), "timestamp", quoted(timestamp)), XapiVersion.V2_0_0, "timestamp", "must include a time zone");
        assertProblem(set(minimal(), "stored", quoted(timestamp)), XapiVersion.V2_0_0, "stored", "must include a time zone");
        assertProblem(set(withSubStatement(minimal()), "object.timestamp", quoted(timestamp)), XapiVersion.V2_0_0,
                "object.timestamp", "must include a time zone");
    }

    @Test
    @DisplayName("xAPI 2.0 accepts RFC 3339 timestamps with a space between date and time (2.0 suite: \"valid RFC 3339 date in "
            + "timestamp\")")
    void version2AcceptsRfc3339TimestampsWithASpace() {
        assertValid(set(minimal(), "timestamp", "\"2008-09-15 15:53:00.601+00:00\""), XapiVersion.V2_0_0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"contextAgents", "contextGroups"})
    @DisplayName("Context agents and groups are new in xAPI 2.0: under 1.0.3 they are properties the specification does not "
            + "allow (Data 2.2.s4.b1.b7)")
    void contextAgentsAndGroupsAreRejectedUnder103(String property) {
        ObjectNode statement = rich2();
        statement.put("version", "1.0.0");

        String reason = assertProblem(statement, XapiVersion.V1_0_3, "context." + property, "only defined in xAPI 2.0");
        assertThat(reason).contains("1.0.3");
        assertValid(statement, XapiVersion.V2_0_0);
    }

    @ParameterizedTest
    @CsvSource({"1.0", "1.0.0", "1.0.3", "1.0.9", "1.0.10"})
    @DisplayName("\"An LRS MUST accept all Statements where their version starts with 1.0. if they otherwise validate\" "
            + "(Data 2.4.10.s3.b1; XAPI-00101); 2.0 accepts them too")
    void bothVersionsAccept10xStatements(String statementVersion) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set(minimal(), "version", quoted(statementVersion)), version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "2.0.0", "2.0.1"})
    @DisplayName("A statement of version 2.0.x is accepted under xAPI 2.0 and rejected under 1.0.3 (Data 2.4.10.s3.b2; "
            + "2.0 suite: \"Statements returned by an LRS MUST retain the version property they are accepted with\")")
    void version20StatementsAreOnlyAcceptedUnder2(String statementVersion) {
        ObjectNode statement = set(minimal(), "version", quoted(statementVersion));

        assertValid(statement, XapiVersion.V2_0_0);
        assertProblem(statement, XapiVersion.V1_0_3, "version", "must be a 1.0 version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"should fail", "0.9.9", "1.1.0", "0.95", "3.0.0", "2.1.0", "1.0.", "1", "", "v1.0.0", "1.0.3-beta"})
    @DisplayName("\"An LRS MUST reject all Statements with a version specified that does not start with 1.0.\" (Data 2.4.10.s3.b2; "
            + "XAPI-00101); xAPI 2.0 also takes 2.0.x")
    void unknownStatementVersionsAreRejected(String statementVersion) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "version", quoted(statementVersion)), version, "version", "must be a");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.0.3", "1.0.10", "2.0", "2.0.0", "2.0.7", "1.1.0", "0.95", "2.1", "should fail", "1.0.3-beta", ""})
    @DisplayName("The statement version rule is the one XapiVersion.acceptsStatementVersion states for the whole LRS")
    void theVersionRuleAgreesWithXapiVersion(String statementVersion) {
        for (XapiVersion version : XapiVersion.values()) {
            boolean accepted = problems(set(minimal(), "version", quoted(statementVersion)), version).isEmpty();
            assertThat(accepted).as("%s under %s", statementVersion, version)
                    .isEqualTo(version.acceptsStatementVersion(statementVersion));
        }
    }

    @Test
    @DisplayName("A statement version is a string (Data 2.4.s1.table1.row10)")
    void theStatementVersionIsAString() {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "version", "1.0"), version, "version", "must be a string");
        }
    }

    @Test
    @DisplayName("The rules both versions share give the same verdict under each version")
    void sharedRulesGiveTheSameVerdict() {
        ObjectNode statement = minimal();
        set(statement, "actor.objectType", "\"agent\"");
        set(statement, "verb.display", "{\"de-419-DE\": \"besucht\"}");
        set(statement, "result.duration", "\"P4W1D\"");

        assertThat(problems(statement, XapiVersion.V1_0_3)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrderElementsOf(problems(statement, XapiVersion.V2_0_0).stream().map(FieldProblem::field).toList());
    }
}
