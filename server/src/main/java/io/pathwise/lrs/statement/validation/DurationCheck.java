package io.pathwise.lrs.statement.validation;

/**
 * ISO 8601 durations, for {@code result.duration}.
 *
 * <p>xAPI Data 4.6.s1.b1: "A Duration MUST be expressed using the format for Duration in ISO
 * 8601:2004(E) section 4.4.3.2. The alternative format ... MUST NOT be used." That format is
 * {@code PnYnMnDTnHnMnS} (components optional, at least one present, time components after a
 * {@code T}) or {@code PnW} alone; "weeks cannot be combined with other time periods. 'P4W1D' is not
 * valid" (Data 4.6.s2). Only the last component may carry a decimal fraction (ISO 8601 4.4.3.2),
 * written with {@code .} or {@code ,}. Durations are not negative in ISO 8601:2004.
 */
final class DurationCheck {

    private static final String DATE_DESIGNATORS = "YMD";
    private static final String TIME_DESIGNATORS = "HMS";

    private DurationCheck() {
    }

    static boolean isValid(String value) {
        int n = value.length();
        if (n < 3 || value.charAt(0) != 'P') {
            return false;
        }
        if (value.charAt(n - 1) == 'W') {
            return number(value, 1, n - 1) == n - 1;
        }
        int i = 1;
        int components = 0;
        boolean fractionSeen = false;
        int nextDesignator = 0; // Y, M, D must come in this order, each at most once
        boolean inTime = false;
        while (i < n) {
            char c = value.charAt(i);
            if (c == 'T') {
                if (inTime || i == n - 1) {
                    return false; // a second T, or a T with no time component after it
                }
                inTime = true;
                nextDesignator = 0;
                i++;
                continue;
            }
            if (fractionSeen) {
                return false; // a fraction is only allowed on the last component
            }
            int end = number(value, i, n);
            if (end < 0 || end >= n) {
                return false;
            }
            fractionSeen = hasFraction(value, i, end);
            String designators = inTime ? TIME_DESIGNATORS : DATE_DESIGNATORS;
            int position = designators.indexOf(value.charAt(end), nextDesignator);
            if (position < 0) {
                return false;
            }
            nextDesignator = position + 1;
            components++;
            i = end + 1;
        }
        return components > 0;
    }

    /**
     * Reads a number (digits, optionally a fraction) starting at {@code from}, not beyond
     * {@code limit}; returns the index just after it, or -1 if there is none.
     */
    private static int number(String value, int from, int limit) {
        int i = from;
        while (i < limit && isDigit(value.charAt(i))) {
            i++;
        }
        if (i == from) {
            return -1;
        }
        if (i < limit && (value.charAt(i) == '.' || value.charAt(i) == ',')) {
            int fractionStart = ++i;
            while (i < limit && isDigit(value.charAt(i))) {
                i++;
            }
            if (i == fractionStart) {
                return -1;
            }
        }
        return i;
    }

    private static boolean hasFraction(String value, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!isDigit(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
