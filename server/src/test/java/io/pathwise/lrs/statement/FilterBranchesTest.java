package io.pathwise.lrs.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a query's filters become index-served branches (see FilterBranches). */
class FilterBranchesTest {

    private static final UUID AGENT = Keys.hash("Agent|mbox:mailto:ada@example.org");
    private static final UUID VERB = Keys.verb("http://adlnet.gov/expapi/verbs/answered");
    private static final UUID ACTIVITY = Keys.activity("https://pathwise.test/activities/quiz-1");

    @Test
    void aQueryWithoutFiltersHasNoBranches() {
        assertThat(FilterBranches.of(query(null, null, null, false, false))).isEmpty();
    }

    @Test
    void theAgentFilterMatchesActorObjectAndGroupMember() {
        assertThat(FilterBranches.of(query(AGENT, null, null, false, false))).containsExactly(
                List.of(FilterBranches.Condition.column("actor_key", AGENT)),
                List.of(FilterBranches.Condition.column("object_key", AGENT)),
                List.of(FilterBranches.Condition.related(RelatedKind.GROUP_MEMBER, AGENT)));
    }

    @Test
    void anAgentAndAnActivityNeverAskForAnObjectEqualToBoth() {
        List<List<FilterBranches.Condition>> branches = FilterBranches.of(query(AGENT, VERB, ACTIVITY, false, false));

        assertThat(branches).containsExactly(
                List.of(FilterBranches.Condition.column("actor_key", AGENT), FilterBranches.Condition.column("verb_key", VERB),
                        FilterBranches.Condition.column("object_key", ACTIVITY)),
                List.of(FilterBranches.Condition.related(RelatedKind.GROUP_MEMBER, AGENT),
                        FilterBranches.Condition.column("verb_key", VERB), FilterBranches.Condition.column("object_key", ACTIVITY)));
    }

    @Test
    void relatedFlagsAddTheRelatedRowsAsAlternatives() {
        List<List<FilterBranches.Condition>> branches = FilterBranches.of(query(AGENT, null, ACTIVITY, true, true));

        // agent: actor, object, member, related (4) × activity: object, related (2), less object×object
        assertThat(branches).hasSize(7);
        assertThat(branches).contains(List.of(FilterBranches.Condition.related(RelatedKind.AGENT, AGENT),
                FilterBranches.Condition.related(RelatedKind.ACTIVITY, ACTIVITY)));
        assertThat(branches).doesNotContain(List.of(FilterBranches.Condition.column("object_key", AGENT),
                FilterBranches.Condition.column("object_key", ACTIVITY)));
    }

    private static StatementQuery query(UUID agent, UUID verb, UUID activity, boolean relatedAgents,
            boolean relatedActivities) {
        return new StatementQuery(agent, verb, activity, null, relatedAgents, relatedActivities, null, null, 100, false,
                null, Long.MAX_VALUE, null);
    }
}
