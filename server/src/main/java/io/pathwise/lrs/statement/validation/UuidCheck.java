package io.pathwise.lrs.statement.validation;

/**
 * UUIDs in the standard string form of RFC 4122: 32 hex digits in groups of 8-4-4-4-12.
 *
 * <p>xAPI Data 4.4: "UUIDs MUST be in the standard string form. It is recommended variant 2 in
 * RFC 4122 is used." The variant is only recommended, so it is not checked. RFC 4122 says hex
 * digits are "case insensitive on input", so upper case is accepted.
 */
final class UuidCheck {

    private UuidCheck() {
    }

    static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
