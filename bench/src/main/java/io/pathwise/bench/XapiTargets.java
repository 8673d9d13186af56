package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code /xapi} resources (docs/lrs.md; springdoc does not list them), each with a request the
 * LRS accepts: Statements (PUT, POST one and a batch, GET, HEAD, the 1.0.3 alternate request
 * syntax), State, Activity Profile and Agent Profile documents, Activities, Agents and About.
 * Writes read back what they stored: the statement by id and a page of statements, the document
 * and the list of documents.
 */
final class XapiTargets {

    static final long XAPI_LIMIT = 16L * 1024 * 1024;
    static final String AGENT = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:fuzz@example.org\"}";
    static final String ACTIVITY = "https://example.org/activities/fuzz";
    static final String VERB = "http://adlnet.gov/expapi/verbs/experienced";

    private XapiTargets() {
    }

    static String statement(String id) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"actor\":" + AGENT + ",\"verb\":{\"id\":\"" + VERB
                + "\",\"display\":{\"en-US\":\"experienced\"}},\"object\":{\"id\":\"" + ACTIVITY + "\",\"definition\":"
                + "{\"name\":{\"en-US\":\"Fuzz\"},\"type\":\"http://adlnet.gov/expapi/activities/lesson\"}},\"result\":"
                + "{\"score\":{\"scaled\":0.5,\"raw\":5,\"min\":0,\"max\":10},\"success\":true,\"duration\":\"PT1M30S\"},"
                + "\"context\":{\"registration\":\"" + FuzzFixtures.STATEMENT_ID.replace('3', '7') + "\",\"language\":\"en-US\","
                + "\"extensions\":{\"https://example.org/ext\":{\"n\":1}}},\"timestamp\":\"2026-01-01T12:00:00.000Z\"}";
    }

    static List<FuzzTarget> all() {
        List<FuzzTarget> targets = new ArrayList<>();
        String byId = "/xapi/statements?statementId={query:statementId}";
        String page = "/xapi/statements?limit=5";
        targets.add(xapi("PUT", "/xapi/statements").query("statementId", "fresh-uuid", FuzzFixtures.STATEMENT_ID)
                .json(statement(null), XAPI_LIMIT).reads(byId, page).build());
        targets.add(xapi("POST", "/xapi/statements").json(statement(null), XAPI_LIMIT)
                .reads("/xapi/statements?statementId={response:uuid}", page).build());
        targets.add(xapi("POST", "/xapi/statements").name("POST /xapi/statements (batch of 2)")
                .json("[" + statement(null) + "," + statement(null).replace("0.5", "0.75") + "]", XAPI_LIMIT)
                .reads("/xapi/statements?statementId={response:uuid}", page).build());
        for (String method : List.of("GET", "HEAD")) {
            FuzzTarget.Builder query = xapi(method, "/xapi/statements");
            statementQuery(query);
            targets.add(query.build());
        }
        targets.add(xapi("POST", "/xapi/statements").name("POST /xapi/statements?method=PUT (alternate request syntax)")
                .query("method", "string", "PUT")
                .body(FuzzTarget.BodyKind.FORM, "application/x-www-form-urlencoded", ("statementId=" + FuzzFixtures.STATEMENT_ID
                        .replace('3', '9') + "&X-Experience-API-Version=1.0.3&Content-Type=application%2Fjson&content="
                        + RequestDraft.encode(statement(null))).getBytes(java.nio.charset.StandardCharsets.US_ASCII), XAPI_LIMIT)
                .reads(page).build());
        documents(targets, "/xapi/activities/state", "stateId", true);
        documents(targets, "/xapi/activities/profile", "profileId", false);
        documents(targets, "/xapi/agents/profile", "profileId", false);
        targets.add(xapi("GET", "/xapi/activities").query("activityId", "iri", ACTIVITY).build());
        targets.add(xapi("GET", "/xapi/agents").query("agent", "json", AGENT).build());
        targets.add(xapi("GET", "/xapi/about").build());
        return targets;
    }

    private static void statementQuery(FuzzTarget.Builder query) {
        query.query("agent", "json", AGENT).query("verb", "iri", VERB).query("activity", "iri", ACTIVITY)
                .query("limit", "integer", "10").query("statementId", "uuid", null).query("voidedStatementId", "uuid", null)
                .query("registration", "uuid", null).query("related_activities", "boolean", null)
                .query("related_agents", "boolean", null).query("since", "timestamp", null).query("until", "timestamp", null)
                .query("format", "string", null).query("attachments", "boolean", null).query("ascending", "boolean", null)
                .query("more", "cursor", null);
    }

    /**
     * PUT, POST (JSON merge), GET and DELETE of one document, for a resource named by an activity
     * and an agent (State), an activity (Activity Profile) or an agent (Agent Profile).
     */
    private static void documents(List<FuzzTarget> targets, String path, String idName, boolean state) {
        boolean agentProfile = path.startsWith("/xapi/agents");
        String document = "{\"progress\":0.5,\"bookmark\":\"page-3\",\"nested\":{\"a\":[1,2,3]}}";
        // A profile PUT must say whether it creates or replaces (If-None-Match / If-Match): each PUT
        // creates a new profile, under an id of its own.
        boolean freshId = !state;
        String one = path + "?" + subject(state, agentProfile) + "&" + idName + "={query:" + idName + "}";
        String list = path + "?" + subject(state, agentProfile);
        for (String method : List.of("PUT", "POST", "GET", "DELETE")) {
            FuzzTarget.Builder target = xapi(method, path);
            if (!agentProfile) {
                target.query("activityId", "iri", ACTIVITY);
            }
            if (state || agentProfile) {
                target.query("agent", "json", AGENT);
            }
            if (state) {
                target.query("registration", "uuid", null);
            }
            boolean create = freshId && method.equals("PUT");
            // POST merges into a document of its own, which PUT variants never replace with a non-object.
            target.query(idName, create ? "fresh-uuid" : "string", method.equals("POST") ? "fuzz-merge-doc" : "fuzz-doc");
            if (create) {
                target.header("If-None-Match", "*");
            }
            if (method.equals("GET")) {
                target.query("since", "timestamp", null);
            }
            if (method.equals("PUT") || method.equals("POST")) {
                target.json(document, XAPI_LIMIT).reads(one, list);
            }
            targets.add(target.build());
        }
    }

    private static String subject(boolean state, boolean agentProfile) {
        String agent = "agent=" + RequestDraft.encode(AGENT);
        String activity = "activityId=" + RequestDraft.encode(ACTIVITY);
        return agentProfile ? agent : state ? activity + "&" + agent : activity;
    }

    private static FuzzTarget.Builder xapi(String method, String path) {
        return FuzzTarget.of(method, path, Caller.XAPI).header("X-Experience-API-Version", "1.0.3");
    }
}
