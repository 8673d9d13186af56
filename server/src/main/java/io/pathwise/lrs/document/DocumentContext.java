package io.pathwise.lrs.document;

import java.util.UUID;

/**
 * Where documents live: the activity and agent (as {@link io.pathwise.lrs.statement.Keys} keys)
 * a document resource request names, and for the State resource the registration. As the scope of
 * a list or a delete-all request, a null registration means every registration (xAPI Communication
 * 2.3: "Activity + Agent [+ registration if specified]"); as part of one document's address it
 * means the document stored without one.
 */
public record DocumentContext(DocumentKind kind, UUID activityKey, UUID agentKey, UUID registration) {

    public static DocumentContext state(UUID activityKey, UUID agentKey, UUID registration) {
        return new DocumentContext(DocumentKind.STATE, activityKey, agentKey, registration);
    }

    public static DocumentContext activityProfile(UUID activityKey) {
        return new DocumentContext(DocumentKind.ACTIVITY_PROFILE, activityKey, null, null);
    }

    public static DocumentContext agentProfile(UUID agentKey) {
        return new DocumentContext(DocumentKind.AGENT_PROFILE, null, agentKey, null);
    }

    /** The document with this id (stateId or profileId) here. */
    public DocumentAddress document(String id) {
        return new DocumentAddress(this, id);
    }
}
