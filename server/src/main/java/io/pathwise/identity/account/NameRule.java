package io.pathwise.identity.account;

import io.pathwise.shared.text.CodePoints;
import java.util.Optional;

/**
 * The rule for names people type into one line: a user's display name, an organization's name, a
 * credential's label. A name must hold something visible and must not contain control characters,
 * line breaks, lone surrogates or U+FFFD. Control characters are the trap: {@code String.isBlank}
 * does not count most of them as blank, yet {@code trim} removes every one up to U+0020, so
 * {@code "\u0000"} passed a blank check and was stored as an empty name. Callers store
 * {@code name.trim()} once this rule has found no problem.
 */
public final class NameRule {

    private NameRule() {
    }

    /** Why the name cannot be used, or empty when it can. */
    public static Optional<String> problem(String name, int maxLength) {
        String lengthRule = "must be 1 to " + maxLength + " characters";
        if (name == null) {
            return Optional.of(lengthRule);
        }
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            int codePoint = name.codePointAt(i);
            if (isRefused(codePoint)) {
                return Optional.of("must not contain control characters or line breaks ("
                        + CodePoints.name(codePoint) + " at character " + (i + 1) + ")");
            }
        }
        String trimmed = name.trim();
        if (trimmed.isBlank() || trimmed.length() > maxLength) {
            return Optional.of(lengthRule);
        }
        return Optional.empty();
    }

    /**
     * Control characters (TAB and NEL among them), line and paragraph separators, lone surrogates
     * (which no database column stores faithfully), and U+FFFD, the trace of text decoded with the
     * wrong encoding, which nobody's name contains.
     */
    private static boolean isRefused(int codePoint) {
        // codePointAt gives a lone surrogate as a code point of its own (type SURROGATE), a valid pair as one.
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || codePoint == 0xFFFD;
    }
}
