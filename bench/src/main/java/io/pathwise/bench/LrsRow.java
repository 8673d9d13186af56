package io.pathwise.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the LRS stores for a generated statement, computed the way {@code StatementPreparer} and
 * {@code StatementStore.insert} compute it, for the statements {@link StatementGenerator} makes
 * (an Activity object, an identified Agent actor, no StatementRef, no sub-statement):
 * <ul>
 * <li>the body: the statement as received, then {@code stored}, {@code authority} (the
 * credential, replacing any sent) and {@code version} appended, as Jackson writes them
 * ({@code "1.0.0"} for a request in xAPI 1.0.3);</li>
 * <li>the columns: actor, verb and object keys, registration;</li>
 * <li>the related rows: agents ({@code g}: the authority, the instructor) and activities
 * ({@code a}: parent, grouping, category) the statement mentions, without its actor and object.</li>
 * </ul>
 * {@link RowEquivalenceCheck} proves on every run that these are the rows the server writes.
 */
record LrsRow(String bodyMiddle, String bodyTail, UUID actorKey, UUID verbKey, UUID objectKey, UUID registration,
        UUID[] relatedAgents, UUID[] relatedActivities) {

    /** The authority the LRS writes for a credential ({@code Authorities.writer}) and its key. */
    record Authority(String json, UUID key) {

        static Authority of(String homePage, String label, String credentialKey) {
            String accountHome = homePage + "/xapi/credentials";
            String json = "{\"objectType\":\"Agent\",\"name\":" + Json.string(label) + ",\"account\":{\"homePage\":"
                    + Json.string(accountHome) + ",\"name\":" + Json.string(credentialKey) + "}}";
            return new Authority(json, XapiKeys.agent("account:" + accountHome + "|" + credentialKey));
        }
    }

    /** {@code pathwise.lrs.home-page} when not set, which is how the benchmarks run the server. */
    static final String DEFAULT_HOME_PAGE = "http://localhost:8080";

    /** The version the LRS writes on a statement that came without one in an xAPI 1.0.3 request. */
    static final String VERSION_1_0_3 = "1.0.0";

    static LrsRow of(StatementGenerator.Draft draft, Authority authority) {
        String after = draft.afterId();
        String middle = after.substring(0, after.length() - 1) + ",\"stored\":\"";
        String tail = "\",\"authority\":" + authority.json() + ",\"version\":\"" + VERSION_1_0_3 + "\"}";
        UUID actorKey = draft.actor().key();
        UUID objectKey = draft.object().key();
        Set<UUID> agents = new LinkedHashSet<>();
        agents.add(authority.key());
        if (draft.instructor() != null) {
            agents.add(draft.instructor().key());
        }
        agents.remove(actorKey);
        agents.remove(objectKey);
        Set<UUID> activities = new LinkedHashSet<>();
        if (draft.parent() != null) {
            activities.add(draft.parent().key());
        }
        if (draft.grouping() != null) {
            activities.add(draft.grouping().key());
        }
        activities.add(draft.category().key());
        activities.remove(objectKey);
        return new LrsRow(middle, tail, actorKey, draft.verb().key(), objectKey, draft.registration(),
                agents.toArray(new UUID[0]), activities.toArray(new UUID[0]));
    }

    /** The stored body for this id and stored time (as {@code Timestamps.format} writes it). */
    String body(UUID statementId, String stored) {
        return new StringBuilder(bodyMiddle.length() + bodyTail.length() + 80).append("{\"id\":\"").append(statementId)
                .append('"').append(bodyMiddle).append(stored).append(bodyTail).toString();
    }

    int relatedRows() {
        return relatedAgents.length + relatedActivities.length;
    }

    /** The related rows as (kind, key) pairs, in the order the LRS inserts them. */
    List<Object[]> related() {
        List<Object[]> rows = new ArrayList<>(relatedRows());
        for (UUID key : relatedAgents) {
            rows.add(new Object[] {"g", key});
        }
        for (UUID key : relatedActivities) {
            rows.add(new Object[] {"a", key});
        }
        return rows;
    }
}
