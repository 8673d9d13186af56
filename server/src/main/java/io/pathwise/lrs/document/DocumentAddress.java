package io.pathwise.lrs.document;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** One document: its context and its id (the stateId or profileId the client chose). */
public record DocumentAddress(DocumentContext context, String id) {

    public DocumentKind kind() {
        return context.kind();
    }

    /**
     * The document's primary key within its tenant: the first 128 bits of SHA-256 over every part
     * of the address, as {@link io.pathwise.lrs.statement.Keys} does for statement keys. All parts
     * before the id have a fixed form (a UUID or "-"), so no two addresses share the hashed text.
     */
    UUID key() {
        String text = "document|" + context.kind().code() + "|" + part(context.activityKey()) + "|"
                + part(context.agentKey()) + "|" + part(context.registration()) + "|" + id;
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            return new UUID(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static String part(UUID value) {
        return value == null ? "-" : value.toString();
    }
}
