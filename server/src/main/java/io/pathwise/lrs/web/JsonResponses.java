package io.pathwise.lrs.web;

import io.pathwise.lrs.document.EntityTags;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * JSON answers of the resources with concurrency controls (documents lists, Activities, Agents):
 * every GET there carries an ETag (xAPI Communication 3.1), the SHA-1 of the body.
 */
final class JsonResponses {

    private JsonResponses() {
    }

    /** 200 with the JSON body, its ETag and, when known, when its content last changed. */
    static ResponseEntity<byte[]> ok(byte[] body, Instant lastModified) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .eTag(EntityTags.quoted(EntityTags.of(body)));
        if (lastModified != null) {
            response.lastModified(lastModified);
        }
        return response.body(body);
    }
}
