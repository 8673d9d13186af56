package io.pathwise.lrs.statement.validation;

/**
 * What the object of a statement (or SubStatement) is. Context rules depend on it: "revision" and
 * "platform" are only allowed when the object is an Activity (xAPI Data 2.4.6.s4.b1, b2).
 * {@code UNKNOWN} means the object was too broken to tell, which was reported already, so rules
 * that depend on the kind stay quiet.
 */
enum ObjectKind {
    ACTIVITY, AGENT, GROUP, STATEMENT_REF, SUB_STATEMENT, UNKNOWN
}
