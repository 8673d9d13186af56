package io.pathwise.lrs.web;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.lrs.statement.Keys;
import io.pathwise.lrs.statement.StatementQuery;
import io.pathwise.lrs.statement.Timestamps;
import io.pathwise.lrs.statement.validation.StatementValidator;
import io.pathwise.lrs.statement.wire.StatementFormats;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query parameters of {@code GET /xapi/statements} (xAPI Communication 2.1.3), checked one by
 * one: an unknown parameter, a malformed value or a combination the specification forbids is a
 * 400 naming the parameter.
 */
final class StatementQueryParameters {

    static final Set<String> FILTERS = Set.of("agent", "verb", "activity", "registration", "related_activities",
            "related_agents", "since", "until", "limit", "ascending");
    static final Set<String> SHAPE = Set.of("format", "attachments");
    static final Set<String> SINGLE = Set.of("statementId", "voidedStatementId");

    private final Map<String, String> params;
    private final StatementValidator validator;
    private final JsonMapper json;

    StatementQueryParameters(Map<String, String[]> raw, StatementValidator validator, JsonMapper json) {
        this.validator = validator;
        this.json = json;
        this.params = new LinkedHashMap<>();
        for (var entry : raw.entrySet()) {
            String name = entry.getKey();
            if (!FILTERS.contains(name) && !SHAPE.contains(name) && !SINGLE.contains(name) && !name.equals("more")) {
                throw ApiException.badField(name, "is not a parameter of the Statements resource");
            }
            if (entry.getValue().length != 1) {
                throw ApiException.badField(name, "must be given once");
            }
            params.put(name, entry.getValue()[0]);
        }
    }

    /** The parameters a {@code more} link carried; they were checked when the first page was asked for. */
    static StatementQueryParameters fromMoreLink(Map<String, String> params, StatementValidator validator,
            JsonMapper json) {
        Map<String, String[]> raw = new LinkedHashMap<>();
        params.forEach((name, value) -> raw.put(name, new String[] {value}));
        return new StatementQueryParameters(raw, validator, json);
    }

    Map<String, String> asMap() {
        return params;
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    String get(String name) {
        return params.get(name);
    }

    /** statementId or voidedStatementId may come only with format and attachments (2.1.3). */
    void checkSingleStatementRequest() {
        for (String name : params.keySet()) {
            if (!SHAPE.contains(name) && !SINGLE.contains(name)) {
                throw ApiException.badField(name, "cannot be combined with statementId or voidedStatementId");
            }
        }
        if (params.containsKey("statementId") && params.containsKey("voidedStatementId")) {
            throw ApiException.badField("voidedStatementId", "cannot be combined with statementId");
        }
    }

    UUID uuid(String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField(name, "must be a UUID, not '" + value + "'");
        }
    }

    StatementFormats.Format format() {
        String value = params.get("format");
        return StatementFormats.Format.fromParameter(value).orElseThrow(() ->
                ApiException.badField("format", "must be ids, exact or canonical, not '" + value + "'"));
    }

    boolean flag(String name) {
        String value = params.get(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.badField(name, "must be true or false, not '" + value + "'");
    }

    StatementQuery query(XapiVersion version, UUID mineOnly, int pageSize) {
        UUID agentKey = null;
        String agent = params.get("agent");
        if (agent != null) {
            JsonNode node;
            try {
                node = json.readTree(agent);
            } catch (JacksonException e) {
                throw ApiException.badField("agent", "must be an Agent or Group as JSON");
            }
            List<FieldProblem> problems = validator.validateAgent(node, version, "agent");
            if (!problems.isEmpty()) {
                throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "Invalid request",
                        problems.get(0).toString(), problems);
            }
            agentKey = Keys.agent(node);
            if (agentKey == null) {
                throw ApiException.badField("agent", "must identify an Agent or Group (mbox, mbox_sha1sum, openid or account)");
            }
        }
        String verb = params.get("verb");
        String activity = params.get("activity");
        Instant since = instant("since");
        Instant until = instant("until");
        int limit = limit(pageSize);
        return new StatementQuery(agentKey, verb == null ? null : Keys.verb(iri("verb", verb)),
                activity == null ? null : Keys.activity(iri("activity", activity)), uuid("registration"),
                flag("related_agents"), flag("related_activities"), since, until, limit, flag("ascending"),
                mineOnly, null, null);
    }

    private int limit(int pageSize) {
        String value = params.get("limit");
        if (value == null) {
            return pageSize;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 0) {
                throw new NumberFormatException();
            }
            return limit == 0 ? pageSize : Math.min(limit, pageSize);
        } catch (NumberFormatException e) {
            throw ApiException.badField("limit", "must be a whole number, 0 or more, not '" + value + "'");
        }
    }

    private Instant instant(String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        return Timestamps.parse(value).orElseThrow(() ->
                ApiException.badField(name, "must be an ISO 8601 timestamp with a time zone, not '" + value + "'"));
    }

    private static String iri(String name, String value) {
        try {
            if (URI.create(value).getScheme() != null) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the refusal
        }
        throw ApiException.badField(name, "must be an absolute IRI, not '" + value + "'");
    }
}
