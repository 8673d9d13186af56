package io.pathwise.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The LRS's filter keys, re-implemented from {@code io.pathwise.lrs.statement.Keys}: the first 128
 * bits of SHA-256 over a typed identifier ({@code verb|iri}, {@code activity|iri},
 * {@code Agent|mbox:mailto:…}), as a UUID. Copied rather than depended on, because the bench module
 * runs the packaged jar and has no dependency on the server's classes; a copy that drifted would
 * be caught before any figure is recorded, by {@link RowEquivalenceCheck}, which compares the rows
 * the raw path computes with the rows the server writes for the same statements.
 */
final class XapiKeys {

    private XapiKeys() {
    }

    static UUID verb(String iri) {
        return hash("verb|" + iri);
    }

    static UUID activity(String iri) {
        return hash("activity|" + iri);
    }

    /** An Agent by its identifier as {@code AgentId} writes it, e.g. {@code mbox:mailto:ada@example.org}. */
    static UUID agent(String identifier) {
        return hash("Agent|" + identifier);
    }

    static UUID hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            ByteBuffer bytes = ByteBuffer.wrap(digest);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
