package io.pathwise.lrs.document;

import io.pathwise.shared.problem.ApiException;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * The conditions a write is made under (xAPI Communication 3.1, RFC 7232): {@code If-Match} holds
 * only if the document exists with a listed ETag, {@code If-None-Match} only if it does not exist
 * with one ({@code *}: does not exist at all). A failed condition is 412 and changes nothing. A PUT
 * with neither header is judged by {@link UnconditionalPut}.
 *
 * @param ifMatch the tags of If-Match, or null without the header
 * @param ifNoneMatch the tags of If-None-Match, or null without the header
 */
public record Preconditions(EntityTags ifMatch, EntityTags ifNoneMatch, UnconditionalPut unconditionalPut) {

    /** Checks the write against the document as it is now (locked), or throws the refusal. */
    void check(Optional<StoredDocument> current, boolean put, DocumentAddress address) {
        if (ifMatch != null && (current.isEmpty() || !ifMatch.matches(current.get().etag()))) {
            throw new ApiException(HttpStatus.PRECONDITION_FAILED, "Precondition Failed", current.isEmpty()
                    ? "If-Match: " + address.kind().description() + " '" + address.id() + "' does not exist."
                    : "If-Match: the document has changed; its ETag is now " + current.get().quotedEtag()
                            + ". Fetch it again before changing it.");
        }
        if (ifNoneMatch != null && current.isPresent() && ifNoneMatch.matches(current.get().etag())) {
            throw new ApiException(HttpStatus.PRECONDITION_FAILED, "Precondition Failed",
                    "If-None-Match: " + address.kind().description() + " '" + address.id() + "' already exists"
                            + (ifNoneMatch.wildcard() ? "." : " with that ETag."));
        }
        if (put && ifMatch == null && ifNoneMatch == null) {
            unconditionalPut.check(current.isPresent(), address);
        }
    }
}
