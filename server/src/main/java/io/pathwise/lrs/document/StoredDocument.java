package io.pathwise.lrs.document;

import java.time.Instant;

/**
 * A document as stored: its id, content type and bytes, the ETag of those bytes (SHA-1,
 * hexadecimal) and when it was last written.
 */
public record StoredDocument(String id, String contentType, byte[] content, String etag, Instant updated) {

    /** The ETag as the ETag response header carries it: in quotes (RFC 7232). */
    public String quotedEtag() {
        return EntityTags.quoted(etag);
    }
}
