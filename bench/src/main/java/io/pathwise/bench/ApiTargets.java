package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code /api/v1} operations, read from the server's own OpenAPI document (so a new endpoint
 * is fuzzed without anyone adding it here), each with its baseline: who may call it, a body it
 * accepts, and what to read back after it accepts a write. The document's schemas are too thin
 * for a baseline (several bodies are declared as a bare string), so the bodies are written here;
 * an operation this class has no body for gets one built from its schema.
 */
final class ApiTargets {

    static final long API_LIMIT = 1_048_576;
    static final long SUBMISSION_LIMIT = 256 * 1024;
    static final long PACKAGE_LIMIT = 20L * 1024 * 1024;

    private ApiTargets() {
    }

    static List<FuzzTarget> from(String openApi, FuzzFixtures fx) {
        Map<String, Object> document = JsonTree.object(JsonTree.parse(openApi), "OpenAPI document");
        Map<String, Object> schemas = JsonTree.object(JsonTree.object(document.getOrDefault("components", Map.of()),
                "components").getOrDefault("schemas", Map.of()), "schemas");
        List<FuzzTarget> targets = new ArrayList<>();
        for (Map.Entry<String, Object> path : JsonTree.object(document.get("paths"), "paths").entrySet()) {
            for (Map.Entry<String, Object> op : JsonTree.object(path.getValue(), path.getKey()).entrySet()) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                Map<String, Object> operation = JsonTree.object(op.getValue(), op.getKey());
                targets.addAll(targets(method, path.getKey(), operation, schemas, fx));
            }
        }
        return targets;
    }

    private static List<FuzzTarget> targets(String method, String path, Map<String, Object> operation,
            Map<String, Object> schemas, FuzzFixtures fx) {
        FuzzTarget.Builder target = FuzzTarget.of(method, path, caller(method, path));
        for (Object p : JsonTree.array(operation.getOrDefault("parameters", List.of()), "parameters")) {
            Map<String, Object> parameter = JsonTree.object(p, "parameter");
            String name = JsonTree.string(parameter.get("name"), "parameter name");
            Map<String, Object> schema = JsonTree.object(parameter.getOrDefault("schema", Map.of()), "schema");
            if ("path".equals(parameter.get("in"))) {
                target.path(name, fx.pathValue(name));
            } else if ("query".equals(parameter.get("in"))) {
                String type = name.equals("cursor") ? "cursor" : String.valueOf(schema.getOrDefault("type", "string"));
                target.query(name, type, name.equals("limit") ? "5" : null);
            }
        }
        if (method.equals("DELETE")) {
            target.destructive();
        }
        String key = method + " " + path;
        switch (key) {
            case "POST /api/v1/attempts/{attemptId}/submission" -> target.path("attemptId", fx.submitAttemptId);
            case "PUT /api/v1/attempts/{attemptId}/responses/{itemKey}/grade" -> target.path("attemptId", fx.gradedAttemptId)
                    .path("itemKey", FuzzFixtures.MANUAL_ITEM);
            case "POST /api/v1/courses/{slug}/quizzes/{activityKey}/attempts" -> target.path("activityKey", FuzzFixtures.START_QUIZ);
            default -> {
            }
        }
        Map<String, Object> content = operation.get("requestBody") instanceof Map<?, ?> body
                ? JsonTree.object(JsonTree.object(body, "requestBody").getOrDefault("content", Map.of()), "content") : Map.of();
        switch (key) {
            case "POST /api/v1/course-packages" -> {
                byte[] zip = FileVariants.zipOf(fx.packageFiles, StandardCharsets.UTF_8);
                // The README's form (the zip as the body) and the upload form OpenAPI declares (multipart).
                return List.of(target.name(key + " (zip body)").body(FuzzTarget.BodyKind.ZIP, "application/zip", zip, PACKAGE_LIMIT)
                                .reads("/api/v1/courses", "/api/v1/courses/" + FuzzFixtures.PACKAGE_SLUG + "/items").build(),
                        FuzzTarget.of(method, path, Caller.ADMIN).name(key + " (multipart)")
                                .query("dryRun", "boolean", "true")
                                .body(FuzzTarget.BodyKind.MULTIPART_ZIP, "multipart/form-data; boundary=" + FileVariants.BOUNDARY,
                                        FileVariants.multipart("file", "package.zip", zip), PACKAGE_LIMIT).build());
            }
            case "POST /api/v1/courses/{courseId}/members/import" -> target.body(FuzzTarget.BodyKind.CSV, "text/csv",
                    "email,display_name,role\r\nfuzz-csv@example.org,Fuzz Csv,learner\r\n".getBytes(StandardCharsets.UTF_8), API_LIMIT)
                    .reads("/api/v1/courses/{courseId}/members?limit=100");
            default -> {
                String json = body(key, fx);
                if (json == null && content.get("application/json") instanceof Map<?, ?> media) {
                    json = FuzzJson.text(SchemaExample.of(JsonTree.object(media, "media").get("schema"), schemas));
                }
                if (json != null) {
                    target.json(json, key.contains("/submission") || key.contains("/draft") ? SUBMISSION_LIMIT : API_LIMIT);
                }
                reads(key, target);
            }
        }
        return List.of(target.build());
    }

    /** Who calls it in the baseline: the role the operation is for, so variants get past authorization. */
    private static Caller caller(String method, String path) {
        if (path.startsWith("/api/v1/auth/") || path.equals("/api/v1/tenants")) {
            return Caller.ANONYMOUS;
        }
        if (path.equals("/api/v1/users") || path.startsWith("/api/v1/credentials") || path.contains("/members")
                || path.endsWith("/status") || path.equals("/api/v1/course-packages")) {
            return Caller.ADMIN;
        }
        if (path.equals("/api/v1/me") || path.startsWith("/api/v1/attempts/{attemptId}") && !path.endsWith("/grade")
                || path.endsWith("/next") || path.endsWith("/mastery") || path.endsWith("/mastery/reviews")
                || path.contains("/study-partners") || path.endsWith("/unit-locks") || path.endsWith("/attempts")
                || path.endsWith("/quizzes/{activityKey}")) {
            return Caller.LEARNER;
        }
        return Caller.INSTRUCTOR;
    }

    /** A body the operation accepts (or at least reads to the end), where the schema says too little. */
    private static String body(String key, FuzzFixtures fx) {
        String answer = "{" + Json.string(fx.answer.itemKey()) + ":" + fx.answer.json() + "}";
        return switch (key) {
            case "PUT /api/v1/attempts/{attemptId}/draft" -> "{\"answers\":" + answer + "}";
            case "POST /api/v1/attempts/{attemptId}/submission" -> "{\"idempotencyKey\":\"fuzz-pass-0001\",\"answers\":{"
                    + Json.string(fx.submitAnswer.itemKey()) + ":" + fx.submitAnswer.json() + "}}";
            case "POST /api/v1/attempts/{attemptId}/checks" -> "{\"itemKey\":" + Json.string(fx.answer.itemKey()) + ",\"answer\":"
                    + fx.answer.json() + "}";
            case "PUT /api/v1/attempts/{attemptId}/responses/{itemKey}/grade" -> "{\"score\":0.5,\"feedback\":\"Well argued.\"}";
            case "PUT /api/v1/courses/{slug}/items/{itemKey}" -> fx.itemJson;
            case "PUT /api/v1/courses/{courseId}/status" -> "{\"status\":\"PUBLISHED\"}";
            case "PUT /api/v1/courses/{slug}/study-partners/opt-in" -> "{\"optedIn\":true}";
            case "POST /api/v1/users" -> "{\"email\":\"fuzz-invitee@example.org\",\"displayName\":\"Fuzz Invitee\","
                    + "\"tenantAdmin\":false,\"locale\":\"en\",\"timeZone\":\"UTC\"}";
            case "POST /api/v1/tenants" -> "{\"organizationName\":\"Fuzz Org\",\"slug\":\"fuzz-org\",\"email\":"
                    + "\"fuzz-admin@example.org\",\"displayName\":\"Fuzz Admin\",\"password\":\"fuzz-password-1\","
                    + "\"locale\":\"en\",\"timeZone\":\"UTC\"}";
            case "POST /api/v1/credentials" -> "{\"label\":\"Fuzz pass\",\"scopes\":[\"statements/read\"]}";
            case "POST /api/v1/courses/{courseId}/skills/{skillKey}/prerequisites" -> "{\"prerequisite\":\"" + fx.prerequisiteKey + "\"}";
            case "POST /api/v1/courses/{courseId}/members" -> "{\"email\":\"fuzz-member@example.org\",\"displayName\":"
                    + "\"Fuzz Member\",\"role\":\"LEARNER\"}";
            // Never a demo address: five failed sign-ins would lock it for the rest of the run.
            case "POST /api/v1/auth/token" -> "{\"email\":\"fuzz-nobody@example.org\",\"password\":\"not-the-password\"}";
            case "POST /api/v1/auth/refresh" -> "{\"refresh_token\":\"not-a-refresh-token\"}";
            case "POST /api/v1/auth/activate" -> "{\"token\":\"not-an-activation-token\",\"password\":\"fuzz-password-1\"}";
            default -> null;
        };
    }

    /** What must still read without a 5xx after the operation accepted a write. */
    private static void reads(String key, FuzzTarget.Builder target) {
        String slug = "/api/v1/courses/" + FuzzFixtures.SLUG;
        switch (key) {
            case "PUT /api/v1/attempts/{attemptId}/draft", "POST /api/v1/attempts/{attemptId}/checks" ->
                    target.reads("/api/v1/attempts/{attemptId}");
            case "POST /api/v1/attempts/{attemptId}/submission" -> target.reads("/api/v1/attempts/{attemptId}",
                    "INSTRUCTOR " + slug + "/gradebook", "INSTRUCTOR " + slug + "/quizzes/" + FuzzFixtures.QUIZ + "/statistics");
            case "PUT /api/v1/attempts/{attemptId}/responses/{itemKey}/grade" -> target.reads("/api/v1/attempts/{attemptId}",
                    slug + "/gradebook", slug + "/grading-queue");
            case "PUT /api/v1/courses/{slug}/items/{itemKey}" -> target.reads(slug + "/items", slug + "/regrades",
                    "LEARNER " + slug + "/quizzes/" + FuzzFixtures.QUIZ, slug + "/gradebook");
            case "PUT /api/v1/courses/{courseId}/status" -> target.reads("/api/v1/courses/{courseId}", "/api/v1/courses");
            case "PUT /api/v1/courses/{slug}/study-partners/opt-in" -> target.reads(slug + "/study-partners/opt-in",
                    slug + "/study-partners");
            case "POST /api/v1/users" -> target.reads("/api/v1/users?limit=100");
            case "POST /api/v1/credentials" -> target.reads("/api/v1/credentials?limit=100");
            case "POST /api/v1/courses/{courseId}/skills/{skillKey}/prerequisites" -> target.reads(
                    "/api/v1/courses/{courseId}/skills", "LEARNER " + slug + "/next", "LEARNER " + slug + "/mastery");
            case "POST /api/v1/courses/{courseId}/members" -> target.reads("/api/v1/courses/{courseId}/members?limit=100");
            case "POST /api/v1/courses/{slug}/quizzes/{activityKey}/attempts" -> target.reads("/api/v1/attempts/{response:id}");
            case "POST /api/v1/courses/{slug}/mastery/refit" -> target.reads(slug + "/mastery/parameters", "LEARNER " + slug + "/next");
            default -> {
            }
        }
    }
}
