package io.pathwise.lrs.statement.validation;

/**
 * Best-effort syntax checks for IRIs, IRLs and {@code mailto:} IRIs.
 *
 * <p>xAPI Data 2.2.s4.b1.b8: the LRS MUST reject IRL or IRI values without a scheme; 2.2.s4.b6: it
 * MAY use best-effort validation for IRL and IRI formats. This check accepts an absolute IRI in
 * the sense of RFC 3987: a scheme (a letter, then letters, digits, {@code + - .}), a colon, and a
 * non-empty rest made of characters an IRI may contain, with well-formed percent-escapes. It does
 * not resolve anything and does not normalise: {@code http://example.com/a/../b} is a valid IRI
 * that the LRS stores as given (the 2.0 suite checks exactly that).
 *
 * <p>An IRL is an IRI meant to be resolvable; without fetching it the LRS can only hold it to the
 * same syntax, so {@link #isAbsoluteIri} is used for IRLs too.
 */
final class IriCheck {

    private IriCheck() {
    }

    static boolean isAbsoluteIri(String value) {
        int colon = schemeEnd(value);
        if (colon < 0 || colon == value.length() - 1) {
            return false;
        }
        int hashes = 0;
        for (int i = colon + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return false; // controls and spaces never appear unescaped in an IRI
            }
            switch (c) {
                case '<', '>', '"', '{', '}', '|', '\\', '^', '`':
                    return false;
                case '#':
                    if (++hashes > 1) {
                        return false;
                    }
                    break;
                case '%':
                    if (i + 2 >= value.length() || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                        return false;
                    }
                    i += 2;
                    break;
                default:
                    break;
            }
        }
        // "http://" with nothing after the slashes names no host; file:///path is the one
        // scheme where an empty authority is normal.
        if (value.startsWith("//", colon + 1)) {
            int authorityEnd = colon + 3;
            boolean emptyAuthority = authorityEnd >= value.length() || "/?#".indexOf(value.charAt(authorityEnd)) >= 0;
            if (emptyAuthority && !value.regionMatches(true, 0, "file", 0, colon)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A {@code mailto:} IRI holding one e-mail address: {@code mailto:} then a non-empty local
     * part, one {@code @} and a non-empty domain (Data 2.4.2.3: "The required format is
     * 'mailto:email address'").
     */
    static boolean isMailtoIri(String value) {
        if (!value.startsWith("mailto:") || !isAbsoluteIri(value)) {
            return false;
        }
        int at = value.indexOf('@');
        return at > "mailto:".length() && at < value.length() - 1 && value.indexOf('@', at + 1) < 0
                && value.indexOf('?') < 0 && value.indexOf(',') < 0;
    }

    /** Index of the colon ending a valid scheme, or -1 if the value does not start with one. */
    private static int schemeEnd(String value) {
        if (value.isEmpty() || !isAsciiLetter(value.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
