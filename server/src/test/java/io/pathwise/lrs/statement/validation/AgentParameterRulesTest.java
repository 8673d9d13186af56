package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Agents given as request parameters ({@code agent} of the state, agents and agent profile
 * resources, the statement query): "The LRS MUST validate parameter values to the same standards
 * required for values of the same types in Statements" (Data 2.2.s4.b4).
 */
class AgentParameterRulesTest {

    private static List<FieldProblem> problems(String agent, XapiVersion version) {
        JsonNode node = agent == null ? null : Fixtures.JSON.readTree(agent);
        return VALIDATOR.validateAgent(node, version, "agent");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"objectType\": \"Agent\", \"mbox\": \"mailto:xapi@adlnet.gov\"}",
            "{\"mbox_sha1sum\": \"cd9b00a5611f94eaa7b1661edab976068e364975\"}",
            "{\"openid\": \"http://openid.example.org/12345\"}",
            "{\"account\": {\"homePage\": \"http://www.example.com\", \"name\": \"xAPI account name\"}}",
            "{\"objectType\": \"Group\", \"mbox\": \"mailto:team@example.com\", \"member\": [{\"mbox\": \"mailto:a@example.com\"}]}"})
    @DisplayName("An agent parameter is an Agent or an Identified Group, with exactly one inverse functional identifier")
    void anAgentParameterIdentifiesOneAgentOrIdentifiedGroup(String agent) {
        for (XapiVersion version : XapiVersion.values()) {
            assertThat(problems(agent, version)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("An agent parameter must have exactly one inverse functional identifier (Data 2.4.2.1.s2.b1, b2)")
    void anAgentParameterMustHaveExactlyOneInverseFunctionalIdentifier(XapiVersion version) {
        assertThat(problems("{\"name\": \"Ana\"}", version)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("agent");
            assertThat(problem.reason()).contains("exactly one of mbox, mbox_sha1sum, openid or account");
        });
        assertThat(problems("{\"mbox\": \"mailto:a@example.com\", \"openid\": \"http://openid.example.org/a\"}", version))
                .extracting(FieldProblem::field).containsExactly("agent");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("An anonymous Group cannot be an agent parameter: it identifies nothing")
    void anAgentParameterMustNotBeAnAnonymousGroup(XapiVersion version) {
        assertThat(problems("{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:a@example.com\"}]}", version))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("agent");
                    assertThat(problem.reason()).contains("anonymous Group cannot be used here");
                });
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("Problems inside an agent parameter are reported under the parameter's name")
    void problemsAreReportedUnderTheParameterName(XapiVersion version) {
        assertThat(VALIDATOR.validateAgent(Fixtures.JSON.readTree("{\"account\": {\"homePage\": \"not an irl\", \"name\": \"a\"}}"),
                version, "agent")).extracting(FieldProblem::field).containsExactly("agent.account.homePage");
        assertThat(VALIDATOR.validateAgent(Fixtures.JSON.readTree("{\"mbox\": \"bob@example.com\"}"), version, "authority"))
                .extracting(FieldProblem::field).containsExactly("authority.mbox");
        assertThat(problems("{\"Mbox\": \"mailto:bob@example.com\"}", version)).extracting(FieldProblem::field)
                .contains("agent.Mbox", "agent");
    }

    @Test
    @DisplayName("A missing or non-object agent parameter is reported")
    void aMissingOrMalformedAgentParameterIsReported() {
        assertThat(problems(null, XapiVersion.V1_0_3)).extracting(FieldProblem::field).containsExactly("agent");
        assertThat(problems("null", XapiVersion.V1_0_3)).extracting(FieldProblem::reason)
                .singleElement().asString().contains("is required");
        assertThat(problems("\"mailto:bob@example.com\"", XapiVersion.V2_0_0)).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("JSON object", "a string"));
    }
}
