package io.pathwise.identity.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be: at least 10 characters, at most 72 bytes in UTF-8 (bcrypt ignores the
 * rest, so a longer one would give false confidence). Length beats composition rules (NIST SP
 * 800-63B).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes long");
        }
        return Optional.empty();
    }
}
