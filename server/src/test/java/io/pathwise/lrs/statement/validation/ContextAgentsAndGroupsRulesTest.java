package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static io.pathwise.lrs.statement.validation.Fixtures.withSubStatement;

import io.pathwise.lrs.XapiVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Context agents and context groups, new in xAPI 2.0 (IEEE 9274.1.1, Context). The cases follow
 * the 2.0 conformance suite (contextagents.js, contextgroups.js).
 */
class ContextAgentsAndGroupsRulesTest {

    private static final XapiVersion V2 = XapiVersion.V2_0_0;

    private static ObjectNode withContextAgents(String contextAgents) {
        return set(minimal(), "context.contextAgents", contextAgents);
    }

    private static ObjectNode withContextGroups(String contextGroups) {
        return set(minimal(), "context.contextGroups", contextGroups);
    }

    @Test
    @DisplayName("\"A 'contextAgents' property is an array of 'contextAgent' Objects\", in a statement and a SubStatement")
    void contextAgentsAreAListOfContextAgentObjects() {
        assertValid(withContextAgents(Fixtures.CONTEXT_AGENTS), V2);
        assertValid(set(withSubStatement(minimal()), "object.context.contextAgents", Fixtures.CONTEXT_AGENTS), V2);
        assertProblem(withContextAgents("{\"objectType\": \"contextAgent\", \"agent\": {\"mbox\": \"mailto:a@example.com\"}}"),
                V2, "context.contextAgents", "JSON array");
    }

    @Test
    @DisplayName("\"A 'contextGroups' property is an array of 'contextGroup' Objects\", in a statement and a SubStatement")
    void contextGroupsAreAListOfContextGroupObjects() {
        assertValid(withContextGroups(Fixtures.CONTEXT_GROUPS), V2);
        assertValid(set(withSubStatement(minimal()), "object.context.contextGroups", Fixtures.CONTEXT_GROUPS), V2);
        assertProblem(withContextGroups("[\"team-1\"]"), V2, "context.contextGroups[0]", "contextGroup object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Should fail\"", "\"ContextAgent\"", "\"Agent\"", "42"})
    @DisplayName("\"A 'contextAgents' Object must have an 'objectType' property of string 'contextAgent'\"")
    void aContextAgentMustSayObjectTypeContextAgent(String objectType) {
        ObjectNode statement = withContextAgents("[{\"objectType\": " + objectType + ", \"agent\": {\"mbox\": \"mailto:a@example.com\"}}]");

        assertProblem(statement, V2, "context.contextAgents[0].objectType", "must be");
        assertProblem(withContextAgents("[{\"agent\": {\"mbox\": \"mailto:a@example.com\"}}]"), V2,
                "context.contextAgents[0].objectType", "is required", "\"contextAgent\"");
    }

    @Test
    @DisplayName("\"A 'contextAgents' Object must have ... a valid Agent Object 'agent'\"")
    void aContextAgentMustHoldAValidAgent() {
        assertProblem(withContextAgents("[{\"objectType\": \"contextAgent\", \"agent\": {\"key\": \"Should fail\"}}]"), V2,
                "context.contextAgents[0].agent", "exactly one of mbox");
        assertProblem(withContextAgents("[{\"objectType\": \"contextAgent\"}]"), V2,
                "context.contextAgents[0].agent", "is required");
        assertProblem(withContextAgents("""
                [{"objectType": "contextAgent", "agent": {"objectType": "Group", "member": [{"mbox": "mailto:a@example.com"}]}}]
                """), V2, "context.contextAgents[0].agent", "must be an Agent", "contextGroups");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Should fail\"", "\"contextAgent\"", "\"ContextGroup\""})
    @DisplayName("\"A 'contextGroups' Object must have an 'objectType' property of string 'contextGroup'\"")
    void aContextGroupMustSayObjectTypeContextGroup(String objectType) {
        ObjectNode statement = withContextGroups("[{\"objectType\": " + objectType + ", "
                + "\"group\": {\"objectType\": \"Group\", \"mbox\": \"mailto:team-1@example.com\"}}]");

        assertProblem(statement, V2, "context.contextGroups[0].objectType", "must be \"contextGroup\"");
    }

    @Test
    @DisplayName("\"A 'contextGroups' Object must have ... a valid Group Object 'group'\"")
    void aContextGroupMustHoldAValidGroup() {
        assertProblem(withContextGroups("[{\"objectType\": \"contextGroup\", \"group\": {\"key\": \"Should fail\"}}]"), V2,
                "context.contextGroups[0].group.objectType", "is required");
        assertProblem(withContextGroups("[{\"objectType\": \"contextGroup\", \"group\": {\"objectType\": \"Agent\", \"mbox\": \"mailto:a@example.com\"}}]"),
                V2, "context.contextGroups[0].group.objectType", "must be \"Group\"");
        assertProblem(withContextGroups("[{\"objectType\": \"contextGroup\", \"group\": {\"objectType\": \"Group\"}}]"), V2,
                "context.contextGroups[0].group.member", "is required");
        assertProblem(withContextGroups("""
                [{"objectType": "contextGroup", "group": {"objectType": "Group", "mbox": "mailto:team-1@example.com"},
                  "member": [{"objectType": "Agent", "mbox": "mailto:player-1@example.com"}]}]
                """), V2, "context.contextGroups[0].member", "not a property of a contextGroup object");
    }

    @Test
    @DisplayName("relevantTypes \"may\" be given, as an array of IRIs; the 2.0 suite rejects an empty one and one with a "
            + "non-IRI element")
    void relevantTypesAreANonEmptyListOfIris() {
        String agent = "\"objectType\": \"contextAgent\", \"agent\": {\"mbox\": \"mailto:player-1@example.com\"}";
        String group = "\"objectType\": \"contextGroup\", \"group\": {\"objectType\": \"Group\", \"mbox\": \"mailto:team@example.com\"}";

        assertValid(withContextAgents("[{" + agent + "}]"), V2);
        assertProblem(withContextAgents("[{" + agent + ", \"relevantTypes\": []}]"), V2,
                "context.contextAgents[0].relevantTypes", "at least one IRI");
        assertProblem(withContextAgents("[{" + agent + ", \"relevantTypes\": [\"abc\"]}]"), V2,
                "context.contextAgents[0].relevantTypes[0]", "absolute IRI");
        assertProblem(withContextGroups("[{" + group + ", \"relevantTypes\": []}]"), V2,
                "context.contextGroups[0].relevantTypes", "at least one IRI");
        assertProblem(withContextGroups("[{" + group + ", \"relevantTypes\": [\"abc\"]}]"), V2,
                "context.contextGroups[0].relevantTypes[0]", "absolute IRI");
        assertProblem(withContextGroups("[{" + group + ", \"relevantTypes\": \"https://example.com/types/team\"}]"), V2,
                "context.contextGroups[0].relevantTypes", "JSON array");
    }
}
