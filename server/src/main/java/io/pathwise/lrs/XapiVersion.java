package io.pathwise.lrs;

import java.util.Optional;

/**
 * The xAPI versions this LRS speaks. A request names one in {@code X-Experience-API-Version};
 * each version keeps its own rules (xAPI 2.0 adds context agents and groups, requires time zones
 * on timestamps, and drops some 1.0.3 leniencies).
 */
public enum XapiVersion {

    V1_0_3("1.0.3"),
    V2_0_0("2.0.0");

    private final String header;

    XapiVersion(String header) {
        this.header = header;
    }

    /** The value this LRS answers with in {@code X-Experience-API-Version}. */
    public String header() {
        return header;
    }

    /**
     * The version a client asked for: {@code 1.0}, {@code 1.0.0} to {@code 1.0.3} (and any later
     * 1.0 patch) are served by 1.0.3; {@code 2.0} and {@code 2.0.x} by 2.0.0. Anything else is
     * not supported.
     */
    public static Optional<XapiVersion> fromHeader(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.matches("1\\.0(\\.\\d+)?")) {
            return Optional.of(V1_0_3);
        }
        if (v.matches("2\\.0(\\.\\d+)?")) {
            return Optional.of(V2_0_0);
        }
        return Optional.empty();
    }

    /** True if a statement's own {@code version} property is allowed under this version. */
    public boolean acceptsStatementVersion(String statementVersion) {
        return switch (this) {
            case V1_0_3 -> statementVersion.matches("1\\.0(\\.\\d+)?");
            case V2_0_0 -> statementVersion.matches("2\\.0(\\.\\d+)?") || statementVersion.matches("1\\.0(\\.\\d+)?");
        };
    }
}
