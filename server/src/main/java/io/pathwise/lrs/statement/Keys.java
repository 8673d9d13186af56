package io.pathwise.lrs.statement;

import io.pathwise.lrs.AgentId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The keys the statement tables are filtered by: the first 128 bits of SHA-256 over a typed
 * identifier ({@code verb|…}, {@code activity|…}, {@code Agent|mbox:…}), stored as a UUID. A key
 * is 16 bytes however long its IRI, so indexes stay small, and the type prefix keeps an activity
 * from matching an agent with the same text. At 2^-64 odds of a clash among four billion values
 * a key identifies its value for every practical purpose.
 */
public final class Keys {

    private Keys() {
    }

    public static UUID verb(String iri) {
        return hash("verb|" + iri);
    }

    public static UUID activity(String iri) {
        return hash("activity|" + iri);
    }

    /** Agents and identified Groups match when identifier and objectType match (xAPI Data 2.4.2.1). */
    public static UUID agent(String objectType, AgentId id) {
        return hash(objectType + "|" + id.value());
    }

    /** The key of an Agent or Group object, or null for an anonymous Group. */
    public static UUID agent(JsonNode agent) {
        String objectType = agent.path("objectType").isString() ? agent.get("objectType").asString() : "Agent";
        return AgentId.of(agent).map(id -> agent(objectType, id)).orElse(null);
    }

    public static UUID statement(UUID statementId) {
        return hash("statement|" + statementId);
    }

    static UUID hash(String value) {
        byte[] digest = SHA_256.get().digest(value.getBytes(StandardCharsets.UTF_8));
        ByteBuffer bytes = ByteBuffer.wrap(digest);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    // A statement needs several keys; looking the algorithm up for each showed in profiles.
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    });
}
