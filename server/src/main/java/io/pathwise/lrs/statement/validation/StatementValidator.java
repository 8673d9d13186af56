package io.pathwise.lrs.statement.validation;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.FieldProblem;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks statements, as a client sent them, against the rules of xAPI Data (1.0.3, or 2.0 / IEEE
 * 9274.1.1-2023) that an LRS must enforce by rejecting the statement with 400 Bad Request.
 *
 * <p>It reports every problem it finds, each with a JSON path relative to the statement (for
 * example {@code object.definition.choices[2].id}; problems about the statement as a whole have an
 * empty path) and a reason in plain words. It checks form only: it does not look anything up (a
 * Statement Reference need not point at a stored statement, an activity id need not resolve), and it
 * does not change the statement. Properties the LRS sets itself ({@code id}, {@code stored},
 * {@code authority}, {@code timestamp}, {@code version}) are optional and checked when present.
 *
 * <p>The validator keeps no state and is safe to share between threads. It makes one pass over the
 * JSON tree, compiles nothing per call and throws nothing for invalid input.
 */
public final class StatementValidator {

    private static final Set<String> STATEMENT_PROPERTIES = Set.of(
            "id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version",
            "attachments");
    /**
     * "A SubStatement MUST NOT have the 'id', 'stored', 'version' or 'authority' properties"
     * (Data 2.4.4.3.s8.b3). Attachments are allowed: the specification only recommends putting a
     * SubStatement's attachments in the containing statement (Data 2.4.11).
     */
    private static final Set<String> SUB_STATEMENT_PROPERTIES = Set.of(
            "objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments");
    private static final Set<String> NOT_IN_SUB_STATEMENT = Set.of("id", "stored", "version", "authority");

    /** The versions a statement may carry: 1.0 or 1.0.x, and from xAPI 2.0 on also 2.0 or 2.0.x. */
    private static final Pattern VERSION_1_0 = Pattern.compile("1\\.0(\\.\\d+)?");
    private static final Pattern VERSION_2_0 = Pattern.compile("2\\.0(\\.\\d+)?");

    private static final String HAS_ACTOR_VERB_OBJECT = "a statement has an actor, a verb and an object (Data 2.2.s2.b3)";

    public StatementValidator() {
    }

    /**
     * Every problem of one statement; empty if valid. {@code field} is a JSON path like
     * {@code object.definition.choices[2].id}, relative to the statement; reason says why in plain
     * words.
     */
    public List<FieldProblem> validate(JsonNode statement, XapiVersion version) {
        Objects.requireNonNull(version, "version");
        Validation validation = new Validation(version);
        FieldPath root = FieldPath.root("");
        if (statement == null || statement.isMissingNode() || statement.isNull()) {
            validation.problem(root, "a statement is required: a JSON object with an actor, a verb and an object");
        } else if (JsonShape.object(statement, root, validation, "a statement")) {
            statement(statement, root, validation, false);
        }
        return validation.problems();
    }

    /**
     * Validates an Agent or Group given as a query parameter / document-API parameter
     * ({@code agent}, {@code agent} in state API etc.): must be a valid Agent (or Group where
     * allowed) with exactly one inverse functional identifier. An Identified Group is accepted; an
     * anonymous Group is not, since it cannot identify anything. Problems are reported under
     * {@code fieldName}, e.g. {@code agent.account.homePage}.
     */
    public List<FieldProblem> validateAgent(JsonNode agent, XapiVersion version, String fieldName) {
        Objects.requireNonNull(version, "version");
        Validation validation = new Validation(version);
        FieldPath root = FieldPath.root(fieldName == null ? "" : fieldName);
        if (agent == null || agent.isMissingNode() || agent.isNull()) {
            validation.problem(root, "is required: an Agent identified by mbox, mbox_sha1sum, openid or account");
        } else {
            AgentRules.identified(agent, root, validation);
        }
        return validation.problems();
    }

    private static void statement(JsonNode statement, FieldPath at, Validation validation, boolean subStatement) {
        if (subStatement) {
            JsonShape.onlyProperties(statement, SUB_STATEMENT_PROPERTIES, at, validation, "a SubStatement",
                    StatementValidator::explainInSubStatement);
        } else {
            JsonShape.onlyProperties(statement, STATEMENT_PROPERTIES, at, validation, "a Statement");
            checkLrsAssignedProperties(statement, at, validation);
        }

        JsonNode actor = JsonShape.required(statement, "actor", at, validation, HAS_ACTOR_VERB_OBJECT);
        if (actor != null) {
            AgentRules.agentOrGroup(actor, at.property("actor"), validation);
        }
        JsonNode verb = JsonShape.required(statement, "verb", at, validation, HAS_ACTOR_VERB_OBJECT);
        String verbId = verb == null ? null : VerbRules.verb(verb, at.property("verb"), validation);
        JsonNode object = JsonShape.required(statement, "object", at, validation, HAS_ACTOR_VERB_OBJECT);
        ObjectKind kind = object == null ? ObjectKind.UNKNOWN : object(object, at.property("object"), validation, subStatement);

        // "When issuing a Statement that voids another, the Object of that voiding Statement MUST
        // have the objectType property set to StatementRef" (Data 2.3.2.s2.b1; conformance XAPI-00017).
        if (VerbRules.VOIDED.equals(verbId) && kind != ObjectKind.STATEMENT_REF && kind != ObjectKind.UNKNOWN) {
            validation.problem(at.property("object"), "must be a Statement Reference (\"objectType\": \"StatementRef\") "
                    + "naming the statement to void, because the verb is " + VerbRules.VOIDED + " (Data 2.3.2)");
        }

        JsonNode result = JsonShape.get(statement, "result");
        if (result != null) {
            ResultRules.result(result, at.property("result"), validation);
        }
        JsonNode context = JsonShape.get(statement, "context");
        if (context != null) {
            ContextRules.context(context, at.property("context"), validation, kind);
        }
        JsonNode timestamp = JsonShape.get(statement, "timestamp");
        if (timestamp != null) {
            ValueRules.timestamp(timestamp, at.property("timestamp"), validation);
        }
        JsonNode attachments = JsonShape.get(statement, "attachments");
        if (attachments != null) {
            AttachmentRules.attachments(attachments, at.property("attachments"), validation);
        }
    }

    /** id, stored, authority and version: set by the LRS when absent, validated when present. */
    private static void checkLrsAssignedProperties(JsonNode statement, FieldPath at, Validation validation) {
        JsonNode id = JsonShape.get(statement, "id");
        if (id != null) {
            ValueRules.uuid(id, at.property("id"), validation);
        }
        JsonNode stored = JsonShape.get(statement, "stored");
        if (stored != null) {
            ValueRules.timestamp(stored, at.property("stored"), validation);
        }
        JsonNode authority = JsonShape.get(statement, "authority");
        if (authority != null) {
            AgentRules.authority(authority, at.property("authority"), validation);
        }
        JsonNode version = JsonShape.get(statement, "version");
        if (version != null) {
            String value = JsonShape.string(version, at.property("version"), validation);
            if (value != null && !acceptsStatementVersion(value, validation)) {
                validation.problem(at.property("version"), validation.isV2()
                        ? "must be a 2.0 or 1.0 version, such as 2.0.0 or 1.0.3, not \"" + ValueRules.shorten(value) + "\""
                        : "must be a 1.0 version, such as 1.0.0 (Data 2.4.10: versions not starting with 1.0. are rejected), not \""
                                + ValueRules.shorten(value) + "\"");
            }
        }
    }

    /**
     * The same rule as {@link XapiVersion#acceptsStatementVersion}, with precompiled patterns:
     * xAPI 1.0.3 accepts 1.0 and 1.0.x (Data 2.4.10.s3); xAPI 2.0 also accepts 2.0 and 2.0.x.
     */
    private static boolean acceptsStatementVersion(String value, Validation validation) {
        return VERSION_1_0.matcher(value).matches() || (validation.isV2() && VERSION_2_0.matcher(value).matches());
    }

    private static String explainInSubStatement(String property) {
        return NOT_IN_SUB_STATEMENT.contains(property)
                ? "must not be used in a SubStatement (Data 2.4.4.3): a SubStatement has no id, stored, version or authority "
                        + "of its own"
                : null;
    }

    /** Validates a statement's object according to its objectType (Activity when absent, Data 2.4.4). */
    private static ObjectKind object(JsonNode object, FieldPath at, Validation validation, boolean inSubStatement) {
        if (!JsonShape.object(object, at, validation, "an Activity, Agent, Group, Statement Reference or SubStatement")) {
            return ObjectKind.UNKNOWN;
        }
        JsonNode objectType = object.get("objectType");
        if (objectType == null || objectType.isNull()) {
            ActivityRules.activity(object, at, validation);
            return ObjectKind.ACTIVITY;
        }
        if (!objectType.isString()) {
            validation.problem(at.property("objectType"), "must be a string: Activity, Agent, Group, StatementRef or "
                    + "SubStatement, not " + JsonShape.describe(objectType));
            return ObjectKind.UNKNOWN;
        }
        switch (objectType.stringValue()) {
            case "Activity":
                ActivityRules.activity(object, at, validation);
                return ObjectKind.ACTIVITY;
            case "Agent":
                AgentRules.agentOrGroup(object, at, validation);
                return ObjectKind.AGENT;
            case "Group":
                AgentRules.agentOrGroup(object, at, validation);
                return ObjectKind.GROUP;
            case "StatementRef":
                StatementRefRules.statementRef(object, at, validation);
                return ObjectKind.STATEMENT_REF;
            case "SubStatement":
                if (inSubStatement) {
                    validation.problem(at.property("objectType"), "must not be SubStatement here: a SubStatement cannot "
                            + "contain another SubStatement (Data 2.4.4.3)");
                    return ObjectKind.UNKNOWN;
                }
                statement(object, at, validation, true);
                return ObjectKind.SUB_STATEMENT;
            default:
                validation.problem(at.property("objectType"), "must be Activity, Agent, Group, StatementRef or SubStatement "
                        + "(values are case-sensitive), not \"" + ValueRules.shorten(objectType.stringValue()) + "\"");
                return ObjectKind.UNKNOWN;
        }
    }
}
