package io.pathwise.bench;

/**
 * Who sends a fuzz request. API callers carry a bearer token, the xAPI client HTTP Basic, and page
 * callers a browser session with its CSRF token in the {@code X-CSRF-TOKEN} header (so a variant
 * that breaks the form body still gets past the CSRF check and reaches the controller).
 */
enum Caller {
    ANONYMOUS("no credentials"),
    LEARNER("learner@pathwise.demo"),
    INSTRUCTOR("instructor@pathwise.demo"),
    ADMIN("admin@pathwise.demo"),
    XAPI("the xAPI credential"),
    PAGE_ANONYMOUS("a browser session, not signed in"),
    PAGE_LEARNER("learner@pathwise.demo, signed in through the web form"),
    PAGE_INSTRUCTOR("instructor@pathwise.demo, signed in through the web form"),
    PAGE_ADMIN("admin@pathwise.demo, signed in through the web form");

    final String description;

    Caller(String description) {
        this.description = description;
    }

    boolean page() {
        return name().startsWith("PAGE_");
    }

    /** The shell variable a reproduction uses for this caller's credential (see {@link FuzzReproduction}). */
    String variable() {
        return name();
    }
}
