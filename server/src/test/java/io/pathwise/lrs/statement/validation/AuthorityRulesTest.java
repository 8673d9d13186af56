package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.set;

import io.pathwise.lrs.XapiVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** The authority of a statement (xAPI Data 2.4.9), validated when a client sends one. */
class AuthorityRulesTest {

    private static final String CONSUMER = "{\"account\": {\"homePage\": \"http://example.com/xAPI/OAuth/Token\", \"name\": \"oauth_consumer_x75db\"}}";
    private static final String USER = "{\"mbox\": \"mailto:bob@example.com\"}";

    private static ObjectNode withAuthority(String authority) {
        return set(minimal(), "authority", authority);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"Authority MUST be an Agent, except in 3-legged OAuth, where it MUST be a Group with two Agents\" "
            + "(Data 2.4.9.s3.b1; XAPI-00024)")
    void theAuthorityIsAnAgentOrAGroupOfTwoAgents(XapiVersion version) {
        assertValid(withAuthority("{\"objectType\": \"Agent\", \"name\": \"xAPI account\", \"mbox\": \"mailto:xapi@adlnet.gov\"}"), version);
        assertValid(withAuthority(USER), version);
        assertValid(withAuthority("{\"objectType\": \"Group\", \"member\": [" + CONSUMER + ", " + USER + "]}"), version);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[{\"mbox\": \"mailto:bob@example.com\"}]",
            "[" + "{\"mbox\": \"mailto:bob@example.com\"}, {\"mbox\": \"mailto:james@example.com\"}, {\"mbox\": \"mailto:x@example.com\"}" + "]"})
    @DisplayName("\"An 'authority' property which is also a Group contains exactly two Agents\" (Data 2.4.9.s3.b1; XAPI-00098)")
    void anAuthorityGroupMustHaveExactlyTwoMembers(String members) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withAuthority("{\"objectType\": \"Group\", \"member\": " + members + "}"), version,
                    "authority.member", "exactly two Agents");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"mbox\": \"mailto:bob@example.com\"",
            "\"mbox_sha1sum\": \"cd9b00a5611f94eaa7b1661edab976068e364975\"",
            "\"openid\": \"http://openid.example.org/12345\"",
            "\"account\": {\"homePage\": \"http://www.example.com\", \"name\": \"xAPI account name\"}"})
    @DisplayName("\"Statement authority shall only be an anonymous group with two members\" (conformance suite, authorities)")
    void anAuthorityGroupMustBeAnonymous(String ifi) {
        ObjectNode statement = withAuthority("{\"objectType\": \"Group\", " + ifi + ", \"member\": [" + CONSUMER + ", " + USER + "]}");

        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(statement, version, "authority", "authority Group must be anonymous");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("An authority follows the Agent and Group requirements like any actor (XAPI-00024, 00035, 00042)")
    void anAuthorityIsValidatedAsAnAgentOrGroup(XapiVersion version) {
        assertProblem(withAuthority("{\"objectType\": \"Group\"}"), version, "authority.member", "is required");
        assertProblem(withAuthority("{\"objectType\": \"agent\", \"mbox\": \"mailto:a@example.com\"}"), version,
                "authority.objectType", "\"Agent\" or \"Group\"");
        assertProblem(withAuthority("{\"name\": \"No identifier\"}"), version, "authority", "exactly one of mbox");
        assertProblem(withAuthority("{\"account\": {\"homePage\": \"ab=c://should.fail.com\", \"name\": \"x\"}}"), version,
                "authority.account.homePage", "IRL");
        assertProblem(withAuthority("{\"objectType\": \"Group\", \"member\": [" + CONSUMER + ", "
                + "{\"objectType\": \"Group\", \"member\": [" + USER + "]}]}"), version, "authority.member[1]", "cannot be a member");
    }
}
