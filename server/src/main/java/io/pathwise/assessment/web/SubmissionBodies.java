package io.pathwise.assessment.web;

import io.pathwise.assessment.AssessmentProperties;
import io.pathwise.assessment.attempt.Submission;
import io.pathwise.assessment.grading.ItemActivity;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads submission and draft bodies strictly: within the size limit, a JSON object with only the
 * known fields, each of its type. Every problem is named by its field.
 */
@Component
class SubmissionBodies {

    private static final Set<String> SUBMISSION_FIELDS = Set.of("idempotencyKey", "answers", "items", "answeredAt");
    private static final Set<String> ACTIVITY_FIELDS = Set.of("hintsUsed", "seconds", "attempts");

    private final JsonMapper json;
    private final long maxBytes;

    SubmissionBodies(JsonMapper json, AssessmentProperties properties) {
        this.json = json;
        this.maxBytes = properties.maxSubmissionBytes().toBytes();
    }

    Submission submission(String body) {
        JsonNode root = object(body);
        List<FieldProblem> problems = new ArrayList<>();
        root.propertyNames().forEach(name -> {
            if (!SUBMISSION_FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "is not a field of a submission"));
            }
        });
        JsonNode key = root.get("idempotencyKey");
        if (key == null || !key.isString()) {
            problems.add(new FieldProblem("idempotencyKey", "is required: a text the device generates once per submission"));
        }
        Map<String, JsonNode> answers = answers(root.get("answers"), "answers", problems);
        Map<String, ItemActivity> items = activity(root.get("items"), problems);
        Instant answeredAt = null;
        JsonNode at = root.get("answeredAt");
        if (at != null && !at.isNull()) {
            answeredAt = instant(at);
            if (answeredAt == null) {
                problems.add(new FieldProblem("answeredAt", "must be an ISO-8601 instant such as 2026-05-01T10:15:30Z"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("The submission has " + problems.size() + " problem(s); nothing was saved.", problems);
        }
        return new Submission(key.asString(), answers, items, answeredAt);
    }

    Map<String, JsonNode> draft(String body) {
        JsonNode root = object(body);
        List<FieldProblem> problems = new ArrayList<>();
        root.propertyNames().forEach(name -> {
            if (!name.equals("answers")) {
                problems.add(new FieldProblem(name, "is not a field of a draft"));
            }
        });
        Map<String, JsonNode> answers = answers(root.get("answers"), "answers", problems);
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("The draft has " + problems.size() + " problem(s); it was not saved.", problems);
        }
        return answers;
    }

    private JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badField("body", "is required: a JSON object");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    "body: larger than " + maxBytes + " bytes", List.of(new FieldProblem("body", "is larger than " + maxBytes + " bytes")));
        }
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw ApiException.badField("body", "must be a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw ApiException.badField("body", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The instant a JSON string holds; null for any other value (asString() of an array or object throws). */
    private static Instant instant(JsonNode value) {
        if (!value.isString()) {
            return null;
        }
        try {
            return Instant.parse(value.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, JsonNode> answers(JsonNode node, String field, List<FieldProblem> problems) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return answers;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem(field, "must be an object of answers by item key"));
            return answers;
        }
        node.properties().forEach(entry -> answers.put(entry.getKey(), entry.getValue()));
        return answers;
    }

    private static Map<String, ItemActivity> activity(JsonNode node, List<FieldProblem> problems) {
        Map<String, ItemActivity> items = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return items;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("items", "must be an object of {hintsUsed, seconds, attempts} by item key"));
            return items;
        }
        node.properties().forEach(entry -> {
            String prefix = "items." + entry.getKey();
            JsonNode value = entry.getValue();
            if (!value.isObject()) {
                problems.add(new FieldProblem(prefix, "must be an object {hintsUsed, seconds, attempts}"));
                return;
            }
            value.propertyNames().forEach(name -> {
                if (!ACTIVITY_FIELDS.contains(name)) {
                    problems.add(new FieldProblem(prefix + "." + name, "is not known; use hintsUsed, seconds or attempts"));
                }
            });
            items.put(entry.getKey(), new ItemActivity(whole(value, "hintsUsed", 0, prefix, problems),
                    whole(value, "seconds", 0, prefix, problems), whole(value, "attempts", 1, prefix, problems)));
        });
        return items;
    }

    private static int whole(JsonNode node, String name, int absent, String prefix, List<FieldProblem> problems) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(new FieldProblem(prefix + "." + name, "must be a whole number"));
            return absent;
        }
        return value.intValue();
    }
}
