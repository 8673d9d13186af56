package io.pathwise.lrs.web;

import io.pathwise.lrs.AgentId;
import io.pathwise.lrs.XapiVersion;
import io.pathwise.lrs.statement.Keys;
import io.pathwise.lrs.statement.Timestamps;
import io.pathwise.lrs.statement.validation.StatementValidator;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.text.StorableText;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query parameters of the State, Activities, Agents and profile resources, checked as xAPI
 * Communication 3.2 asks: a parameter the request does not take (names are case-sensitive, so
 * {@code StateId} is one), one given twice, a missing required one or a malformed value is 400
 * naming the parameter.
 */
final class ResourceParameters {

    /** An absolute IRI: a scheme, then no characters that IRIs exclude (RFC 3987). */
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s\"<>{}|\\\\^`]+");
    private static final int MAX_ID_LENGTH = 4000;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final XapiVersion version;
    private final StatementValidator validator;
    private final JsonMapper json;

    /** Reads the request's query string, refusing parameters outside {@code allowed}. */
    ResourceParameters(HttpServletRequest request, Set<String> allowed, StatementValidator validator, JsonMapper json) {
        this.version = XapiRequests.version(request);
        this.validator = validator;
        this.json = json;
        Map<String, List<String>> raw;
        try {
            raw = FormEncoding.parse(request.getQueryString());
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("query", "is not valid URL encoding: " + e.getMessage());
        }
        List<FieldProblem> problems = new ArrayList<>();
        raw.forEach((name, given) -> {
            if (!allowed.contains(name)) {
                problems.add(new FieldProblem(name, "is not a parameter of " + request.getMethod() + " on this resource"));
            } else if (given.size() > 1) {
                problems.add(new FieldProblem(name, "must be given once"));
            } else {
                values.put(name, given.get(0));
            }
        });
        refuse(problems);
    }

    /** Refuses the request unless every one of the names was given. */
    void require(String... names) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : names) {
            if (!values.containsKey(name)) {
                problems.add(new FieldProblem(name, "is required"));
            }
        }
        refuse(problems);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    XapiVersion version() {
        return version;
    }

    /** The {@code activityId}, which must be an absolute IRI. */
    String activityId() {
        String value = values.get("activityId");
        if (!ABSOLUTE_IRI.matcher(value).matches()) {
            throw ApiException.badField("activityId", "must be an absolute IRI (with a scheme), not '" + value + "'");
        }
        return value;
    }

    UUID activityKey() {
        return Keys.activity(activityId());
    }

    /**
     * The {@code agent}: an Agent object as JSON, identified by one inverse functional identifier,
     * or with {@code groups}, an identified Group.
     */
    ObjectNode agent(boolean groups) {
        String value = values.get("agent");
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (JacksonException e) {
            node = null;
        }
        if (!(node instanceof ObjectNode agent)) {
            throw ApiException.badField("agent", "must be " + (groups ? "an Agent or identified Group" : "an Agent")
                    + " object as JSON");
        }
        refuse(validator.validateAgent(agent, version, "agent"));
        JsonNode objectType = agent.get("objectType");
        if (objectType != null && !(objectType.isString()
                && (objectType.asString().equals("Agent") || groups && objectType.asString().equals("Group")))) {
            throw ApiException.badField("agent.objectType", groups ? "must be Agent or Group" : "must be Agent: "
                    + (version == XapiVersion.V1_0_3 ? "in xAPI 1.0.3 documents belong to Agents, not Groups"
                            : "this resource describes an Agent, not a Group"));
        }
        if (AgentId.of(agent).isEmpty()) {
            throw ApiException.badField("agent", "must be identified by one of mbox, mbox_sha1sum, openid or account");
        }
        return agent;
    }

    UUID agentKey(boolean groups) {
        return Keys.agent(agent(groups));
    }

    /** The {@code registration}, a UUID, or null without one. */
    UUID registration() {
        String value = values.get("registration");
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw ApiException.badField("registration", "must be a UUID, not '" + value + "'");
    }

    /** The {@code since} timestamp, or null without one. */
    Instant since() {
        String value = values.get("since");
        if (value == null) {
            return null;
        }
        // An unescaped '+' of a time zone offset arrives as a space.
        return Timestamps.parse(value).or(() -> Timestamps.parse(value.replace(' ', '+'))).orElseThrow(() ->
                ApiException.badField("since", "must be an ISO 8601 timestamp with a time zone, not '" + value + "'"));
    }

    /**
     * {@code since} next to a document id: xAPI 2.0 lists it as "Not Allowed" on a single-document GET;
     * 1.0.3 does not say, and its conformance suite sends it, so there it is checked and ignored.
     */
    void sinceBesideDocumentId(String idParameter) {
        if (!has("since")) {
            return;
        }
        since();
        if (version == XapiVersion.V2_0_0) {
            throw ApiException.badField("since", "cannot be combined with " + idParameter
                    + ": it filters the list of ids, which a request for one document does not return");
        }
    }

    /** A stateId or profileId: any non-empty text that can be stored ({@link StorableText}). */
    String documentId(String name) {
        String value = values.get(name);
        if (value.isEmpty() || value.length() > MAX_ID_LENGTH) {
            throw ApiException.badField(name, "must be 1 to " + MAX_ID_LENGTH + " characters");
        }
        StorableText.problem(value).ifPresent(reason -> {
            throw ApiException.badField(name, reason);
        });
        return value;
    }

    private static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid request",
                    problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")), problems);
        }
    }
}
