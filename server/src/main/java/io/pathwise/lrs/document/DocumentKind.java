package io.pathwise.lrs.document;

/**
 * The three document resources (xAPI Communication 2.2): what a document hangs off, the name of
 * its id parameter, and the code the {@code xapi_document} table keeps for it.
 */
public enum DocumentKind {

    /** {@code /activities/state}: an agent's data in one activity, optionally per registration. */
    STATE('s', "stateId", "State document"),
    /** {@code /activities/profile}: data about an activity. */
    ACTIVITY_PROFILE('a', "profileId", "Activity Profile document"),
    /** {@code /agents/profile}: data about an agent. */
    AGENT_PROFILE('g', "profileId", "Agent Profile document");

    private final char code;
    private final String idParameter;
    private final String description;

    DocumentKind(char code, String idParameter, String description) {
        this.code = code;
        this.idParameter = idParameter;
        this.description = description;
    }

    char code() {
        return code;
    }

    /** The query parameter that names one document of this kind. */
    public String idParameter() {
        return idParameter;
    }

    /** How error messages name a document of this kind. */
    public String description() {
        return description;
    }
}
