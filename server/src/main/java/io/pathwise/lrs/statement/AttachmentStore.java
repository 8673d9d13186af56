package io.pathwise.lrs.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attachment payloads, stored once per tenant by SHA-256 however many statements carry them. */
@Repository
public class AttachmentStore {

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Payload(String sha2, String contentType, byte[] content) {
    }

    /** Stores the payloads not stored yet (a payload is its hash, so an existing one is the same). */
    public void save(UUID tenantId, Collection<Payload> payloads) {
        for (Payload payload : payloads) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM xapi_attachment WHERE tenant_id = ? AND sha2 = ?")
                    .params(tenantId, payload.sha2()).query(Integer.class).single() > 0;
            if (!exists) {
                jdbc.sql("INSERT INTO xapi_attachment (tenant_id, sha2, content_type, length, content) VALUES (?, ?, ?, ?, ?)")
                        .params(tenantId, payload.sha2(), payload.contentType(), payload.content().length, payload.content())
                        .update();
            }
        }
    }

    public List<Payload> load(UUID tenantId, Collection<String> sha2s) {
        List<Payload> payloads = new ArrayList<>();
        for (String sha2 : sha2s) {
            jdbc.sql("SELECT sha2, content_type, content FROM xapi_attachment WHERE tenant_id = ? AND sha2 = ?")
                    .params(tenantId, sha2)
                    .query((rs, n) -> new Payload(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                    .optional().ifPresent(payloads::add);
        }
        return payloads;
    }
}
