package io.pathwise.lrs.web;

import io.pathwise.lrs.statement.AttachmentStore;
import io.pathwise.lrs.statement.wire.AttachmentParts;
import io.pathwise.lrs.statement.wire.ExactJson;
import io.pathwise.lrs.statement.wire.MultipartMixed;
import io.pathwise.lrs.statement.wire.StatementFormats;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes statements back in the format asked for ({@code exact}, {@code ids}, {@code canonical};
 * xAPI Communication 2.1.3) and, with {@code attachments=true}, as {@code multipart/mixed} with
 * the payloads after the JSON. Exact statements are copied as stored, without parsing: the common
 * case costs no JSON work at all.
 */
@Component
class StatementResponses {

    private final JsonMapper json;
    private final AttachmentStore attachments;

    StatementResponses(JsonMapper json, AttachmentStore attachments) {
        // Stored statements are read back as exactly as they were stored (ExactJson): a double would
        // turn an extension's 1E+309 into "Infinity" in the ids and canonical formats.
        this.json = ExactJson.of(json);
        this.attachments = attachments;
    }

    /** A response body and its media type. */
    record Rendered(byte[] body, MediaType contentType) {
    }

    Rendered page(UUID tenantId, List<String> statements, String more, StatementFormats.Format format,
            List<Locale.LanguageRange> languages, boolean withAttachments) {
        List<String> shaped = shape(statements, format, languages);
        StringBuilder body = new StringBuilder(64 + shaped.stream().mapToInt(String::length).sum() + shaped.size());
        body.append("{\"statements\":[");
        for (int i = 0; i < shaped.size(); i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append(shaped.get(i));
        }
        body.append("],\"more\":").append(json.writeValueAsString(more)).append('}');
        return render(tenantId, body.toString(), statements, withAttachments);
    }

    Rendered single(UUID tenantId, String statement, StatementFormats.Format format,
            List<Locale.LanguageRange> languages, boolean withAttachments) {
        return render(tenantId, shape(List.of(statement), format, languages).get(0), List.of(statement), withAttachments);
    }

    private List<String> shape(List<String> statements, StatementFormats.Format format,
            List<Locale.LanguageRange> languages) {
        if (format == StatementFormats.Format.EXACT) {
            // As stored, which is what exact means: no parsing, no writing.
            return statements;
        }
        List<String> shaped = new ArrayList<>(statements.size());
        for (String statement : statements) {
            JsonNode node = json.readTree(statement);
            shaped.add(json.writeValueAsString(StatementFormats.apply(format, node, languages)));
        }
        return shaped;
    }

    private Rendered render(UUID tenantId, String body, List<String> statements, boolean withAttachments) {
        if (!withAttachments) {
            return new Rendered(body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        }
        Set<String> hashes = new LinkedHashSet<>();
        for (String statement : statements) {
            JsonNode node = json.readTree(statement);
            collectHashes(node, hashes);
        }
        List<MultipartMixed.Part> parts = new ArrayList<>();
        parts.add(AttachmentParts.statementsPart(body.getBytes(StandardCharsets.UTF_8)));
        for (AttachmentStore.Payload payload : attachments.load(tenantId, hashes)) {
            parts.add(AttachmentParts.attachmentPart(payload.contentType(), payload.sha2(), payload.content()));
        }
        String boundary = MultipartMixed.newBoundary();
        return new Rendered(MultipartMixed.write(boundary, parts), MediaType.parseMediaType(MultipartMixed.contentType(boundary)));
    }

    private static void collectHashes(JsonNode statement, Set<String> hashes) {
        for (JsonNode attachment : statement.path("attachments")) {
            if (attachment.path("sha2").isString() && !attachment.has("fileUrl")) {
                hashes.add(attachment.get("sha2").asString());
            }
        }
        JsonNode object = statement.path("object");
        if ("SubStatement".equals(object.path("objectType").asString(""))) {
            collectHashes(object, hashes);
        }
    }

}
