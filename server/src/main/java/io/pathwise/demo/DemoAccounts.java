package io.pathwise.demo;

/** The demo accounts and credential, published in the README: never created outside the demo. */
public final class DemoAccounts {

    public static final String TENANT_SLUG = "demo";
    public static final String TENANT_NAME = "Pathwise Demo School";
    public static final String COURSE_SLUG = "fractions";

    public static final String ADMIN_EMAIL = "admin@pathwise.demo";
    public static final String ADMIN_PASSWORD = "admin-fractions";
    public static final String INSTRUCTOR_EMAIL = "instructor@pathwise.demo";
    public static final String INSTRUCTOR_PASSWORD = "teach-fractions";
    public static final String LEARNER_EMAIL = "learner@pathwise.demo";
    public static final String LEARNER_PASSWORD = "learn-fractions";

    public static final String XAPI_KEY = "demo-xapi-key";
    public static final String XAPI_SECRET = "demo-xapi-secret";

    private DemoAccounts() {
    }
}
