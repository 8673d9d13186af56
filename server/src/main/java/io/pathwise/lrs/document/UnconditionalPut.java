package io.pathwise.lrs.document;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.ApiException;
import org.springframework.http.HttpStatus;

/**
 * What a PUT with neither {@code If-Match} nor {@code If-None-Match} may do, which differs by
 * resource and version:
 * <ul>
 * <li>xAPI 1.0.3 (Communication 3.1): "The State Resource will permit PUT, POST and DELETE requests
 * without concurrency headers", while a client "MUST include" one of the headers on a PUT to either
 * profile resource; the LRS answers 409 when the profile exists and, as the conformance suite
 * expects, 400 when it does not.</li>
 * <li>xAPI 2.0 drops the State exception and the client rule: "If a PUT request is received without
 * either header for a resource that already exists, the LRS shall return 409 Conflict", for State
 * documents too; a new document is simply stored.</li>
 * </ul>
 */
public enum UnconditionalPut {

    /** The PUT replaces the document, or creates it. */
    ALLOWED,
    /** The PUT may create the document but not replace it. */
    CONFLICT_IF_EXISTS,
    /** The PUT is refused: 409 if the document exists, 400 (a required header is missing) if not. */
    REFUSED;

    public static UnconditionalPut of(DocumentKind kind, XapiVersion version) {
        return switch (version) {
            case V1_0_3 -> kind == DocumentKind.STATE ? ALLOWED : REFUSED;
            case V2_0_0 -> CONFLICT_IF_EXISTS;
        };
    }

    void check(boolean exists, DocumentAddress address) {
        if (this == ALLOWED) {
            return;
        }
        if (exists) {
            throw new ApiException(HttpStatus.CONFLICT, "Document already exists",
                    address.kind().description() + " '" + address.id() + "' already exists and this PUT had neither "
                            + "If-Match nor If-None-Match. Check the document's current state (GET it), then send the "
                            + "PUT again with If-Match set to the ETag it was returned with.");
        }
        if (this == REFUSED) {
            throw ApiException.badField("If-Match", "or If-None-Match is required on a PUT to the "
                    + (address.kind() == DocumentKind.AGENT_PROFILE ? "Agent" : "Activity")
                    + " Profile resource: If-Match with the ETag of the document it replaces, "
                    + "or If-None-Match: * to create a new one");
        }
    }
}
