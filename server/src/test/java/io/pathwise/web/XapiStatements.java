package io.pathwise.web;

import io.pathwise.support.Api;
import io.pathwise.support.Xapi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Statements for the LRS pages' tests, sent as an xAPI client sends them: POST
 * {@code /xapi/statements} with an API credential over HTTP Basic.
 */
final class XapiStatements {

    static final String VERSION = "1.0.3";

    private XapiStatements() {
    }

    /** Posts statements with the credential and returns the response (200 with the ids when stored). */
    static Api.Response post(Api api, String key, String secret, List<? extends Map<String, ?>> statements) {
        return new Xapi(api, key, secret, VERSION).post("/xapi/statements", statements);
    }

    /**
     * A statement with its own id: {@code actor} (an Agent), a verb with an English display, an
     * activity with an English name, and the result when one is given.
     */
    static Map<String, Object> statement(UUID id, Map<String, Object> actor, String verbId, String verbDisplay,
            String activityId, String activityName, Map<String, Object> result) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("id", id.toString());
        statement.put("actor", actor);
        statement.put("verb", Map.of("id", verbId, "display", Map.of("en-US", verbDisplay)));
        statement.put("object", Map.of("objectType", "Activity", "id", activityId,
                "definition", Map.of("name", Map.of("en-US", activityName))));
        if (result != null) {
            statement.put("result", result);
        }
        return statement;
    }

    static Map<String, Object> mbox(String name, String email) {
        return Map.of("objectType", "Agent", "name", name, "mbox", "mailto:" + email);
    }

    /** An IRI no other test uses, so a filter on it finds only this test's statements. */
    static String uniqueIri(String kind) {
        return "https://tests.pathwise.example/" + kind + "/" + UUID.randomUUID();
    }
}
