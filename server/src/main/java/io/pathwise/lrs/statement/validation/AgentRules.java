package io.pathwise.lrs.statement.validation;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Agents, Groups and their identifiers (xAPI Data 2.4.2), wherever they appear: actor, an Agent or
 * Group as object, context instructor and team, authority, Group members, 2.0 context agents and
 * groups, and agent parameters of the document resources.
 *
 * <ul>
 *   <li>An Agent MUST be identified by exactly one Inverse Functional Identifier (IFI): mbox,
 *       mbox_sha1sum, openid or account (2.4.2.1.s2.b1, b2).</li>
 *   <li>A Group says {@code "objectType": "Group"}; an Identified Group has exactly one IFI
 *       (2.4.2.2.s5.b1); an Anonymous Group has none and MUST include "member" (2.4.2.2.s4.b1) with
 *       at least one Agent (conformance XAPI-00037).</li>
 *   <li>A Group MUST NOT contain Group objects in "member" (2.4.2.2.s4.b2, s5.b2).</li>
 *   <li>mbox is "mailto:email address"; mbox_sha1sum the hex SHA-1 of one; openid a URI; account
 *       an object with homePage (IRL) and name (string), both required (2.4.2.3, 2.4.2.4).</li>
 * </ul>
 */
final class AgentRules {

    /** What a validated Agent or Group turned out to be; {@code INVALID} if it was too broken to tell. */
    enum Kind { INVALID, AGENT, ANONYMOUS_GROUP, IDENTIFIED_GROUP }

    private enum Expect { AGENT_OR_GROUP, AGENT, GROUP }

    /** What an objectType declares: an Agent (also when absent), a Group, or something wrong. */
    private enum Declared { AGENT, GROUP, WRONG }

    private static final Set<String> AGENT_PROPERTIES =
            Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP_PROPERTIES =
            Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member");
    private static final Set<String> ACCOUNT_PROPERTIES = Set.of("homePage", "name");
    private static final String[] IFIS = {"mbox", "mbox_sha1sum", "openid", "account"};

    static final String MEMBER_IS_A_GROUP =
            "must be an Agent: a Group cannot be a member of another Group (Data 2.4.2.2)";

    private AgentRules() {
    }

    /** An actor or context instructor: an Agent ("objectType" optional) or a Group. */
    static Kind agentOrGroup(JsonNode node, FieldPath at, Validation validation) {
        return validate(node, at, validation, Expect.AGENT_OR_GROUP, null);
    }

    /** An Agent only, such as a Group member; {@code ifGroup} says why a Group is wrong here. */
    static Kind agent(JsonNode node, FieldPath at, Validation validation, String ifGroup) {
        return validate(node, at, validation, Expect.AGENT, ifGroup);
    }

    /** A Group only, such as context.team; {@code ifNotGroup} says why something else is wrong here. */
    static Kind group(JsonNode node, FieldPath at, Validation validation, String ifNotGroup) {
        return validate(node, at, validation, Expect.GROUP, ifNotGroup);
    }

    /**
     * The statement's authority: "Authority MUST be an Agent, except in 3-legged OAuth, where it
     * MUST be a Group with two Agents" (Data 2.4.9.s3.b1). The conformance suite also rejects an
     * authority Group that carries an identifier ("Statement authority shall only be an anonymous
     * group with two members").
     */
    static void authority(JsonNode node, FieldPath at, Validation validation) {
        Kind kind = validate(node, at, validation, Expect.AGENT_OR_GROUP, null);
        if (kind == Kind.IDENTIFIED_GROUP) {
            validation.problem(at, "an authority Group must be anonymous (no mbox, mbox_sha1sum, openid or account): "
                    + "it stands for the application and the user of 3-legged OAuth (Data 2.4.9)");
        }
        if (kind == Kind.ANONYMOUS_GROUP || kind == Kind.IDENTIFIED_GROUP) {
            JsonNode members = JsonShape.get(node, "member");
            if (members != null && members.isArray() && members.size() != 2) {
                validation.problem(at.property("member"), "must list exactly two Agents when the authority is a Group "
                        + "(3-legged OAuth: the application and the user), not " + members.size());
            }
        }
    }

    /**
     * An agent given as a request parameter: an Agent or an Identified Group, with exactly one IFI
     * (Data 2.2.s4.b4: parameters are validated like the same values in statements).
     */
    static void identified(JsonNode node, FieldPath at, Validation validation) {
        Kind kind = validate(node, at, validation, Expect.AGENT_OR_GROUP, null);
        if (kind == Kind.ANONYMOUS_GROUP) {
            validation.problem(at, "must identify one Agent or Group by exactly one of mbox, mbox_sha1sum, openid "
                    + "or account; an anonymous Group cannot be used here");
        }
    }

    private static Kind validate(JsonNode node, FieldPath at, Validation validation, Expect expect, String mismatch) {
        String what = expect == Expect.AGENT ? "an Agent" : expect == Expect.GROUP ? "a Group" : "an Agent or Group";
        if (!JsonShape.object(node, at, validation, what)) {
            return Kind.INVALID;
        }
        Declared declared = declared(node, at, validation, expect, mismatch);
        if (declared == Declared.WRONG) {
            return Kind.INVALID;
        }
        boolean group = declared == Declared.GROUP;
        JsonShape.onlyProperties(node, group ? GROUP_PROPERTIES : AGENT_PROPERTIES, at, validation,
                group ? "a Group" : "an Agent", group ? null : AgentRules::explainAgentProperty);
        JsonNode name = JsonShape.get(node, "name");
        if (name != null) {
            JsonShape.string(name, at.property("name"), validation);
        }
        int identifiers = identifiers(node, at, validation, group);
        if (!group) {
            return Kind.AGENT;
        }
        boolean anonymous = identifiers == 0;
        members(node, at, validation, anonymous);
        return anonymous ? Kind.ANONYMOUS_GROUP : Kind.IDENTIFIED_GROUP;
    }

    /**
     * What the objectType declares; {@code WRONG} after reporting an objectType that is wrong in
     * itself or wrong in this place.
     */
    private static Declared declared(JsonNode node, FieldPath at, Validation validation, Expect expect, String mismatch) {
        JsonNode objectType = node.get("objectType");
        FieldPath objectTypePath = at.property("objectType");
        if (objectType == null || objectType.isNull()) { // a null one is reported with the other properties
            if (expect == Expect.GROUP) {
                validation.problem(objectTypePath, "is required: " + mismatch + ", and a Group says \"objectType\": \"Group\"");
                return Declared.WRONG;
            }
            return Declared.AGENT;
        }
        if (!objectType.isString()) {
            validation.problem(objectTypePath, "must be the string \"Agent\" or \"Group\", not " + JsonShape.describe(objectType));
            return Declared.WRONG;
        }
        switch (objectType.stringValue()) {
            case "Agent":
                if (expect == Expect.GROUP) {
                    validation.problem(objectTypePath, "must be \"Group\": " + mismatch);
                    return Declared.WRONG;
                }
                return Declared.AGENT;
            case "Group":
                if (expect == Expect.AGENT) {
                    validation.problem(at, mismatch);
                    return Declared.WRONG;
                }
                return Declared.GROUP;
            default:
                validation.problem(objectTypePath, "must be \"Agent\" or \"Group\" (values are case-sensitive), not \""
                        + ValueRules.shorten(objectType.stringValue()) + "\"");
                return Declared.WRONG;
        }
    }

    /**
     * Validates each inverse functional identifier present and their number (exactly one for an
     * Agent, at most one for a Group), and returns that number.
     */
    private static int identifiers(JsonNode node, FieldPath at, Validation validation, boolean group) {
        int count = 0;
        for (String ifi : IFIS) {
            JsonNode value = JsonShape.get(node, ifi);
            if (value != null) {
                count++;
                identifier(ifi, value, at.property(ifi), validation);
            }
        }
        if (count > 1) {
            validation.problem(at, (group ? "an Identified Group" : "an Agent")
                    + " must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account), "
                    + "but this one has " + count + ": " + ifisOf(node));
        } else if (count == 0 && !group) {
            validation.problem(at, "an Agent must be identified by exactly one of mbox, mbox_sha1sum, openid or account "
                    + "(its inverse functional identifier); this one has none");
        }
        return count;
    }

    /** A Group's members: a list of Agents, required and non-empty for an anonymous Group. */
    private static void members(JsonNode group, FieldPath at, Validation validation, boolean anonymous) {
        JsonNode members = group.get("member");
        FieldPath membersPath = at.property("member");
        if (members == null) {
            if (anonymous) {
                validation.problem(membersPath, "is required: an anonymous Group (one without mbox, mbox_sha1sum, openid or "
                        + "account) must list its members");
            }
            return;
        }
        if (members.isNull() || !JsonShape.array(members, membersPath, validation, "a list of Agents")) {
            return; // a null member is reported with the other properties
        }
        if (anonymous && members.isEmpty()) {
            validation.problem(membersPath, "must list at least one Agent: an anonymous Group is known only by its members");
        }
        for (int i = 0; i < members.size(); i++) {
            agent(members.get(i), membersPath.index(i), validation, MEMBER_IS_A_GROUP);
        }
    }

    private static String ifisOf(JsonNode node) {
        StringBuilder names = new StringBuilder();
        for (String ifi : IFIS) {
            if (JsonShape.get(node, ifi) != null) {
                names.append(names.length() == 0 ? "" : ", ").append(ifi);
            }
        }
        return names.toString();
    }

    private static String explainAgentProperty(String property) {
        return "member".equals(property)
                ? "only a Group has members, and a Group must say \"objectType\": \"Group\""
                : null;
    }

    private static void identifier(String ifi, JsonNode value, FieldPath at, Validation validation) {
        switch (ifi) {
            case "mbox": {
                String mbox = JsonShape.string(value, at, validation);
                if (mbox != null && !IriCheck.isMailtoIri(mbox)) {
                    validation.problem(at, "must be a mailto IRI holding one e-mail address, such as mailto:learner@example.com; '"
                            + ValueRules.shorten(mbox) + "' is not");
                }
                break;
            }
            case "mbox_sha1sum": {
                String sum = JsonShape.string(value, at, validation);
                if (sum != null && !isSha1Hex(sum)) {
                    validation.problem(at, "must be the hex-encoded SHA-1 hash of a mailto IRI: 40 hexadecimal digits");
                }
                break;
            }
            case "openid": {
                String openid = JsonShape.string(value, at, validation);
                if (openid != null && !IriCheck.isAbsoluteIri(openid)) {
                    validation.problem(at, "must be an absolute URI, such as http://openid.example.org/12345; '"
                            + ValueRules.shorten(openid) + "' is not");
                }
                break;
            }
            default:
                account(value, at, validation);
                break;
        }
    }

    private static void account(JsonNode account, FieldPath at, Validation validation) {
        if (!JsonShape.object(account, at, validation, "an account")) {
            return;
        }
        JsonShape.onlyProperties(account, ACCOUNT_PROPERTIES, at, validation, "an account");
        JsonNode homePage = JsonShape.required(account, "homePage", at, validation,
                "an account names the system it is on by its home page (Data 2.4.2.4)");
        if (homePage != null) {
            ValueRules.irl(homePage, at.property("homePage"), validation);
        }
        JsonNode name = JsonShape.required(account, "name", at, validation,
                "an account is identified by its name on that system (Data 2.4.2.4)");
        if (name != null) {
            JsonShape.string(name, at.property("name"), validation);
        }
    }

    private static boolean isSha1Hex(String value) {
        if (value.length() != 40) {
            return false;
        }
        for (int i = 0; i < 40; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
