package io.pathwise.lrs.web;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.lrs.statement.AttachmentStore;
import io.pathwise.lrs.statement.wire.AttachmentParts;
import io.pathwise.lrs.statement.wire.MultipartMixed;
import io.pathwise.lrs.statement.wire.StatementSignature;
import io.pathwise.shared.problem.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of a statements PUT or POST: JSON, or {@code multipart/mixed} with the statements
 * first and their attachments after (xAPI Communication 1.5.2). Attachment parts are matched to
 * the statements by hash and signed statements are verified before anything is stored.
 */
@Component
class StatementRequestBodies {

    static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";
    private static final int MAX_PARTS = 1_000;

    /** The statements of a request, whether the body was an array, and the attachment payloads. */
    record Received(List<JsonNode> statements, boolean wasArray, List<AttachmentStore.Payload> payloads) {
    }

    private final JsonMapper strictJson;

    StatementRequestBodies(JsonMapper json) {
        // A key given twice is ambiguous; xAPI content is refused rather than read one way or the other.
        this.strictJson = json.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    Received read(HttpServletRequest request, byte[] body, XapiVersion version) {
        if (body == null || body.length == 0) {
            throw ApiException.badField("body", "must hold a statement or an array of statements");
        }
        String contentType = request.getContentType();
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (mediaType.equals("multipart/mixed")) {
            return multipart(body, contentType);
        }
        if (!mediaType.equals("application/json")) {
            throw ApiException.badField("Content-Type", "must be application/json or multipart/mixed, not '"
                    + (contentType == null ? "" : contentType) + "'");
        }
        Received received = statements(body);
        AttachmentParts.match(received.statements(), List.of());
        return received;
    }

    private Received multipart(byte[] body, String contentType) {
        List<MultipartMixed.Part> parts = MultipartMixed.parse(body, contentType, MAX_PARTS);
        if (parts.isEmpty()) {
            throw ApiException.badField("body", "multipart/mixed must have the statements as its first part");
        }
        MultipartMixed.Part first = parts.get(0);
        String firstType = first.headers().getOrDefault("content-type", "");
        if (!firstType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw ApiException.badField("body", "the first part must be application/json (the statements), not '"
                    + firstType + "'");
        }
        Received received = statements(first.content());
        Map<String, MultipartMixed.Part> matched = AttachmentParts.match(received.statements(), parts.subList(1, parts.size()));
        verifySignatures(received.statements(), matched);
        List<AttachmentStore.Payload> payloads = new ArrayList<>();
        matched.forEach((sha2, part) -> payloads.add(new AttachmentStore.Payload(sha2,
                part.headers().getOrDefault("content-type", "application/octet-stream"), part.content())));
        return new Received(received.statements(), received.wasArray(), payloads);
    }

    private Received statements(byte[] body) {
        JsonNode root;
        try {
            root = strictJson.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badField("body", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw ApiException.badField("body", "must hold a statement or an array of statements");
        }
        if (root.isArray()) {
            List<JsonNode> statements = new ArrayList<>(root.size());
            root.forEach(statements::add);
            return new Received(statements, true, List.of());
        }
        return new Received(List.of(root), false, List.of());
    }

    /** Signed statements (xAPI Data 2.6): the JWS in the signature attachment must match the statement. */
    private static void verifySignatures(List<JsonNode> statements, Map<String, MultipartMixed.Part> parts) {
        for (JsonNode statement : statements) {
            for (JsonNode attachment : statement.path("attachments")) {
                if (SIGNATURE_USAGE.equals(attachment.path("usageType").asString(null))) {
                    MultipartMixed.Part part = parts.get(attachment.path("sha2").asString(""));
                    if (part != null) {
                        StatementSignature.verify(statement, part.content());
                    }
                }
            }
        }
    }
}
