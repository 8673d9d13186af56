package io.pathwise.lrs.statement;

/**
 * The kinds of row in {@code xapi_statement_related}: what a statement mentions beyond its actor,
 * verb and object columns, each kind read by one filter.
 */
final class RelatedKind {

    /** A member of the actor or object Group: matches the agent filter itself. */
    static final String GROUP_MEMBER = "m";
    /** An agent in authority, context or a sub-statement: matches with {@code related_agents}. */
    static final String AGENT = "g";
    /** An activity in context or a sub-statement: matches with {@code related_activities}. */
    static final String ACTIVITY = "a";

    private RelatedKind() {
    }
}
