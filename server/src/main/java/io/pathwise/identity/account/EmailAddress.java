package io.pathwise.identity.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalises e-mail addresses; addresses are unique regardless of letter case. */
public final class EmailAddress {

    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is proven by
    // activation, not by a regular expression.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    public static final int MAX_LENGTH = 320;

    private EmailAddress() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX_LENGTH && SHAPE.matcher(email).matches()
                && email.codePoints().noneMatch(EmailAddress::isRefused);
    }

    /**
     * Characters no address holds: control characters, lone surrogates, and U+FFFD, which stands
     * where bytes were decoded with the wrong encoding (so the address is not what was meant).
     */
    private static boolean isRefused(int codePoint) {
        // codePoints() yields a lone surrogate as a code point of its own, and a valid pair as one.
        return Character.getType(codePoint) == Character.CONTROL
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) || codePoint == 0xFFFD;
    }

    public static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
