package io.pathwise.lrs.document;

import io.pathwise.lrs.statement.wire.ExactJson;
import io.pathwise.shared.problem.ApiException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The merge a POST to an existing document makes (xAPI Communication 2.2): both documents must be
 * {@code application/json} and parse as JSON objects; each top-level property of the posted object
 * replaces the stored one whole (nested objects are not merged further). Anything else is 400 and
 * leaves the stored document as it was.
 */
@Component
class JsonMerge {

    private final JsonMapper strictJson;

    JsonMerge(JsonMapper json) {
        // A key given twice is ambiguous, so which value to merge would be a guess. Numbers are read
        // exactly (ExactJson): merged documents keep every number as sent, where doubles turned
        // 1e309 into the string "Infinity" and 1e-400 into 0.
        this.strictJson = ExactJson.of(json).rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** The merged document's bytes. */
    byte[] merge(StoredDocument stored, DocumentContent posted) {
        if (!posted.isJson()) {
            throw ApiException.badField("Content-Type", "must be application/json to POST to an existing document, "
                    + "which merges JSON objects; to replace the document with other content, use PUT");
        }
        if (!DocumentContent.isJson(stored.contentType())) {
            throw ApiException.badField("body", "cannot be merged into the stored document, which is "
                    + stored.contentType() + ", not application/json; replace it with PUT instead");
        }
        ObjectNode target = object(stored.content(), "the stored document is not a JSON object, so nothing can be "
                + "merged into it; replace it with PUT instead");
        ObjectNode update = object(posted.bytes(), "must be a JSON object to merge into the stored document");
        target.setAll(update);
        return strictJson.writeValueAsBytes(target);
    }

    private ObjectNode object(byte[] bytes, String reason) {
        try {
            JsonNode node = strictJson.readTree(bytes);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException e) {
            // not JSON at all: the same refusal as JSON that is not an object
        } catch (NumberFormatException e) {
            throw ApiException.badField("body", "holds a number whose exponent is beyond what can be merged exactly "
                    + "(at most 2,147,483,647 either way); replace the document with PUT instead");
        }
        throw ApiException.badField("body", reason);
    }
}
