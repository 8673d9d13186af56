package io.pathwise.lrs.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A query's filters rewritten as branches whose union is the set of matching statements, each
 * branch a plain conjunction of equalities that one index serves in arrival order. The agent filter
 * is "actor is the agent, or object is, or a Group among them has the agent as member" (and with
 * {@code related_agents} any agent the statement mentions); the activity filter is "object is the
 * activity" (and with {@code related_activities} any activity it mentions). An {@code OR} across
 * columns makes both databases give up the index order; a branch per alternative keeps it, so each
 * branch stops after a page and the finder merges the pages by position.
 */
final class FilterBranches {

    /** One alternative of one filter: a column equal to a key, or a row of the related table. */
    record Condition(String column, String relatedKind, UUID key) {

        static Condition column(String column, UUID key) {
            return new Condition(column, null, key);
        }

        static Condition related(String kind, UUID key) {
            return new Condition(null, kind, key);
        }

        boolean isRelated() {
            return relatedKind != null;
        }
    }

    private FilterBranches() {
    }

    /** The branches of a filtered query; an empty list when the query has no filter but paging. */
    static List<List<Condition>> of(StatementQuery query) {
        List<List<Condition>> alternativesPerFilter = new ArrayList<>();
        if (query.agentKey() != null) {
            List<Condition> agent = new ArrayList<>(List.of(
                    Condition.column("actor_key", query.agentKey()),
                    Condition.column("object_key", query.agentKey()),
                    Condition.related(RelatedKind.GROUP_MEMBER, query.agentKey())));
            if (query.relatedAgents()) {
                agent.add(Condition.related(RelatedKind.AGENT, query.agentKey()));
            }
            alternativesPerFilter.add(agent);
        }
        if (query.verbKey() != null) {
            alternativesPerFilter.add(List.of(Condition.column("verb_key", query.verbKey())));
        }
        if (query.activityKey() != null) {
            List<Condition> activity = new ArrayList<>(List.of(Condition.column("object_key", query.activityKey())));
            if (query.relatedActivities()) {
                activity.add(Condition.related(RelatedKind.ACTIVITY, query.activityKey()));
            }
            alternativesPerFilter.add(activity);
        }
        if (query.registration() != null) {
            alternativesPerFilter.add(List.of(Condition.column("registration", query.registration())));
        }
        List<List<Condition>> branches = new ArrayList<>();
        if (!alternativesPerFilter.isEmpty()) {
            expand(alternativesPerFilter, 0, new ArrayList<>(), branches);
        }
        return branches;
    }

    private static void expand(List<List<Condition>> alternativesPerFilter, int filter, List<Condition> chosen,
            List<List<Condition>> branches) {
        if (filter == alternativesPerFilter.size()) {
            branches.add(List.copyOf(chosen));
            return;
        }
        for (Condition alternative : alternativesPerFilter.get(filter)) {
            if (contradicts(chosen, alternative)) {
                continue;
            }
            chosen.add(alternative);
            expand(alternativesPerFilter, filter + 1, chosen, branches);
            chosen.remove(chosen.size() - 1);
        }
    }

    /**
     * One column cannot equal two keys: "object is the agent" and "object is the activity" never
     * hold together (keys are typed, so an agent's key is never an activity's), and such a branch
     * is dropped rather than asked of the database.
     */
    private static boolean contradicts(List<Condition> chosen, Condition alternative) {
        if (alternative.isRelated()) {
            return false;
        }
        return chosen.stream().anyMatch(c -> alternative.column().equals(c.column()) && !alternative.key().equals(c.key()));
    }
}
