package io.pathwise.lrs;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * An agent's inverse functional identifier, the one thing that says who a statement is about.
 * Two agents are the same when their identifiers are (xAPI Data 2.4.2.1).
 */
public record AgentId(String value) {

    /** The identifier of an Agent or identified Group, or empty for an anonymous Group. */
    public static Optional<AgentId> of(JsonNode agent) {
        JsonNode mbox = agent.get("mbox");
        if (mbox != null && mbox.isString()) {
            return Optional.of(new AgentId("mbox:" + mbox.asString()));
        }
        JsonNode sha1 = agent.get("mbox_sha1sum");
        if (sha1 != null && sha1.isString()) {
            return Optional.of(new AgentId("mbox_sha1sum:" + sha1.asString().toLowerCase(java.util.Locale.ROOT)));
        }
        JsonNode openid = agent.get("openid");
        if (openid != null && openid.isString()) {
            return Optional.of(new AgentId("openid:" + openid.asString()));
        }
        JsonNode account = agent.get("account");
        if (account != null && account.isObject() && account.path("homePage").isString()
                && account.path("name").isString()) {
            return Optional.of(account(account.get("homePage").asString(), account.get("name").asString()));
        }
        return Optional.empty();
    }

    /** An account on a system: Pathwise names its own users this way ({@code homePage} = the installation). */
    public static AgentId account(String homePage, String name) {
        return new AgentId("account:" + homePage + "|" + name);
    }

    /** The account name when this is an account on the given home page (a Pathwise user id, say). */
    public Optional<String> accountName(String homePage) {
        String prefix = "account:" + homePage + "|";
        return value.startsWith(prefix) ? Optional.of(value.substring(prefix.length())) : Optional.empty();
    }

    /** This identifier as an xAPI Agent object. */
    public ObjectNode toAgent() {
        ObjectNode agent = JsonNodeFactory.instance.objectNode().put("objectType", "Agent");
        int colon = value.indexOf(':');
        String kind = value.substring(0, colon);
        String rest = value.substring(colon + 1);
        if (kind.equals("account")) {
            int bar = rest.indexOf('|');
            agent.putObject("account").put("homePage", rest.substring(0, bar)).put("name", rest.substring(bar + 1));
        } else {
            agent.put(kind, rest);
        }
        return agent;
    }
}
