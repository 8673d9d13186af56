package io.pathwise.lrs.document;

import io.pathwise.lrs.AgentId;
import io.pathwise.lrs.statement.Keys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Person object of the Agents resource (xAPI Communication 2.4): what the LRS knows of the
 * person behind an Agent, every property an array. Pathwise links no personas together, so the
 * identifiers are the Agent's own one; the names are the one the request gave and the one the
 * tenant's latest statement by this Agent gave, when they differ. An Agent the LRS has never seen
 * still gets a Person, with only what the request said (Communication 2.4.s3.b3).
 */
@Component
public class Persons {

    private static final List<String> IDENTIFIERS = List.of("mbox", "mbox_sha1sum", "openid", "account");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Persons(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The Person for an Agent that has an inverse functional identifier. */
    public ObjectNode person(UUID tenantId, JsonNode agent) {
        AgentId id = AgentId.of(agent).orElseThrow(() -> new IllegalArgumentException("an Agent without identifier"));
        Set<String> names = new LinkedHashSet<>();
        if (agent.path("name").isString()) {
            names.add(agent.get("name").asString());
        }
        latestName(tenantId, Keys.agent(agent)).ifPresent(names::add);

        ObjectNode person = JsonNodeFactory.instance.objectNode().put("objectType", "Person");
        if (!names.isEmpty()) {
            names.forEach(person.putArray("name")::add);
        }
        ObjectNode identified = id.toAgent();
        for (String property : IDENTIFIERS) {
            if (identified.has(property)) {
                person.putArray(property).add(identified.get(property));
            }
        }
        return person;
    }

    /** The name in the newest statement with this Agent as actor; one indexed row, however many there are. */
    private Optional<String> latestName(UUID tenantId, UUID actorKey) {
        return jdbc.sql("SELECT body FROM xapi_statement WHERE tenant_id = ? AND actor_key = ? "
                        + "ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .params(tenantId, actorKey)
                .query(String.class)
                .optional()
                .map(body -> json.readTree(body).path("actor").path("name"))
                .filter(JsonNode::isString)
                .map(JsonNode::asString);
    }
}
