package io.pathwise.lrs.web;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.lrs.statement.AttachmentStore;
import io.pathwise.lrs.statement.wire.AttachmentParts;
import io.pathwise.lrs.statement.wire.ExactJson;
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

    private static final int MAX_PARTS = 1_000;

    /** The statements of a request, whether the body was an array, and the attachment payloads. */
    record Received(List<JsonNode> statements, boolean wasArray, List<AttachmentStore.Payload> payloads) {
    }

    private final JsonMapper strictJson;

    StatementRequestBodies(JsonMapper json) {
        // A key given twice is ambiguous; xAPI content is refused rather than read one way or the other.
        // Numbers are read exactly, so extensions are stored as sent (ExactJson).
        this.strictJson = ExactJson.of(json).rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
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
        // No parts: refused if any statement has an attachment without fileUrl (its data is missing).
        AttachmentParts.payloads(received.statements(), List.of(AttachmentParts.statementsPart(body)));
        return received;
    }

    private Received multipart(byte[] body, String contentType) {
        List<MultipartMixed.Part> parts = MultipartMixed.parse(body, contentType, MAX_PARTS);
        Received received = statements(AttachmentParts.statementPart(parts).content());
        Map<String, MultipartMixed.Part> matched = AttachmentParts.payloads(received.statements(), parts);
        for (JsonNode statement : received.statements()) {
            StatementSignature.verifyAll(statement, matched);
        }
        List<AttachmentStore.Payload> payloads = new ArrayList<>();
        matched.forEach((sha2, part) -> payloads.add(new AttachmentStore.Payload(sha2,
                part.mediaType() == null ? "application/octet-stream" : part.header("Content-Type"), part.content())));
        return new Received(received.statements(), received.wasArray(), payloads);
    }

    private Received statements(byte[] body) {
        JsonNode root;
        try {
            root = strictJson.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badField("body", "is not valid JSON: " + e.getOriginalMessage());
        } catch (NumberFormatException e) {
            throw ApiException.badField("body", "holds a number whose exponent is beyond what this LRS can store "
                    + "(at most 2,147,483,647 either way)");
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
}
