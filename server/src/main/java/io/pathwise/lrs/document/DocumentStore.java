package io.pathwise.lrs.document;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code xapi_document} table. Every statement is scoped to one tenant. */
@Repository
class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An id in a listing, with when its document was last written. */
    record Listed(String id, Instant updated) {
    }

    Optional<StoredDocument> find(UUID tenantId, DocumentAddress address) {
        return find(tenantId, address, "");
    }

    /** The document, locked until the transaction ends, so that writes to it take turns. */
    Optional<StoredDocument> findForUpdate(UUID tenantId, DocumentAddress address) {
        return find(tenantId, address, " FOR UPDATE");
    }

    private Optional<StoredDocument> find(UUID tenantId, DocumentAddress address, String lock) {
        return jdbc.sql("SELECT doc_id, content_type, content, etag, updated FROM xapi_document "
                        + "WHERE tenant_id = ? AND doc_key = ?" + lock)
                .params(tenantId, address.key())
                .query((rs, n) -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Stores a new document; a concurrent insert of the same address fails on the primary key. */
    void insert(UUID tenantId, DocumentAddress address, StoredDocument document) {
        DocumentContext context = address.context();
        jdbc.sql("INSERT INTO xapi_document (tenant_id, doc_key, kind, activity_key, agent_key, registration, doc_id, "
                        + "content_type, content, etag, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(tenantId, address.key(), String.valueOf(context.kind().code()), context.activityKey(),
                        context.agentKey(), context.registration(), address.id(), document.contentType(),
                        document.content(), document.etag(), utc(document.updated()))
                .update();
    }

    void update(UUID tenantId, DocumentAddress address, StoredDocument document) {
        jdbc.sql("UPDATE xapi_document SET content_type = ?, content = ?, etag = ?, updated = ? "
                        + "WHERE tenant_id = ? AND doc_key = ?")
                .params(document.contentType(), document.content(), document.etag(), utc(document.updated()),
                        tenantId, address.key())
                .update();
    }

    void delete(UUID tenantId, DocumentAddress address) {
        jdbc.sql("DELETE FROM xapi_document WHERE tenant_id = ? AND doc_key = ?")
                .params(tenantId, address.key()).update();
    }

    /** The documents of the context, oldest write first; with {@code since}, only those written after it. */
    List<Listed> list(UUID tenantId, DocumentContext context, Instant since) {
        List<Object> params = new ArrayList<>();
        String where = where(tenantId, context, params);
        if (since != null) {
            where += " AND updated > ?";
            params.add(utc(since));
        }
        return jdbc.sql("SELECT doc_id, updated FROM xapi_document" + where + " ORDER BY updated, doc_id")
                .params(params)
                .query((rs, n) -> new Listed(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
    }

    void deleteAll(UUID tenantId, DocumentContext context) {
        List<Object> params = new ArrayList<>();
        jdbc.sql("DELETE FROM xapi_document" + where(tenantId, context, params)).params(params).update();
    }

    /** The rows of a context; a null key or registration puts no condition on that column. */
    private static String where(UUID tenantId, DocumentContext context, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE tenant_id = ? AND kind = ?");
        params.add(tenantId);
        params.add(String.valueOf(context.kind().code()));
        if (context.activityKey() != null) {
            where.append(" AND activity_key = ?");
            params.add(context.activityKey());
        }
        if (context.agentKey() != null) {
            where.append(" AND agent_key = ?");
            params.add(context.agentKey());
        }
        if (context.registration() != null) {
            where.append(" AND registration = ?");
            params.add(context.registration());
        }
        return where.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
