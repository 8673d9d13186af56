package io.pathwise.lrs.statement.validation;

/**
 * ISO 8601 timestamps, for {@code timestamp} and {@code stored}.
 *
 * <p>Accepted: a calendar date and a time of day, in the extended form
 * ({@code 2013-05-18T05:32:34.804+02:00}) or the basic form ({@code 20130518T053234.804+0200}),
 * with seconds and fractions optional and any number of fraction digits (Data 4.5: precision "to at
 * least milliseconds" must be kept, so more digits are fine). The date and time may be separated by
 * {@code T} or, in the extended form, by a space as RFC 3339 allows (the 2.0 suite sends
 * {@code 2008-09-15 15:53:00.601+00:00} and expects it stored). The offset may be {@code Z},
 * {@code ±hh:mm}, {@code ±hhmm} or {@code ±hh}.
 *
 * <p>Refused in both versions: anything else, dates and times that do not exist, and the negative
 * zero offsets {@code -00}, {@code -0000} and {@code -00:00} (ISO 8601 has no negative zero; RFC
 * 3339 uses it for "offset unknown"; both conformance suites reject it). xAPI 1.0.3 only says a
 * timestamp SHOULD include the time zone (4.5.s1.b4), so a timestamp without one is accepted;
 * xAPI 2.0 requires the time zone.
 */
final class TimestampCheck {

    static final String NOT_ISO_8601 =
            "must be an ISO 8601 date and time, such as 2024-05-01T13:45:30.123Z";
    static final String NEGATIVE_ZERO_OFFSET =
            "must not use the offset -00:00 (negative zero is not an ISO 8601 offset); use Z or +00:00 for UTC";
    static final String ZONE_REQUIRED =
            "must include a time zone, such as Z or +02:00: xAPI 2.0 requires it on every timestamp";
    static final String NO_SUCH_TIME =
            "names a date or time that does not exist";

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private TimestampCheck() {
    }

    /** Null if {@code value} is an acceptable timestamp, otherwise the reason it is not. */
    static String problemWith(String value, boolean zoneRequired) {
        int n = value.length();
        if (n < 13 || !digits(value, 0, 4)) {
            return NOT_ISO_8601;
        }
        boolean extended = value.charAt(4) == '-';
        int i;
        int month;
        int day;
        if (extended) {
            if (!digits(value, 5, 2) || value.charAt(7) != '-' || !digits(value, 8, 2)) {
                return NOT_ISO_8601;
            }
            month = number(value, 5, 2);
            day = number(value, 8, 2);
            i = 10;
        } else {
            if (!digits(value, 4, 4)) {
                return NOT_ISO_8601;
            }
            month = number(value, 4, 2);
            day = number(value, 6, 2);
            i = 8;
        }
        char separator = value.charAt(i);
        if (separator != 'T' && separator != 't' && !(extended && separator == ' ')) {
            return NOT_ISO_8601;
        }
        i++;

        if (!digits(value, i, 2)) {
            return NOT_ISO_8601;
        }
        int hour = number(value, i, 2);
        i += 2;
        if (extended) {
            if (i >= n || value.charAt(i) != ':') {
                return NOT_ISO_8601;
            }
            i++;
        }
        if (!digits(value, i, 2)) {
            return NOT_ISO_8601;
        }
        int minute = number(value, i, 2);
        i += 2;
        int second = 0;
        boolean hasSeconds = extended ? i < n && value.charAt(i) == ':' : digits(value, i, 2);
        if (hasSeconds) {
            if (extended) {
                i++;
            }
            if (!digits(value, i, 2)) {
                return NOT_ISO_8601;
            }
            second = number(value, i, 2);
            i += 2;
            if (i < n && (value.charAt(i) == '.' || value.charAt(i) == ',')) {
                int fractionStart = ++i;
                while (i < n && isDigit(value.charAt(i))) {
                    i++;
                }
                if (i == fractionStart) {
                    return NOT_ISO_8601;
                }
            }
        }

        boolean hasZone = i < n;
        if (hasZone) {
            char sign = value.charAt(i);
            if (sign == 'Z' || sign == 'z') {
                i++;
            } else if (sign == '+' || sign == '-') {
                i++;
                if (!digits(value, i, 2)) {
                    return NOT_ISO_8601;
                }
                int offsetHours = number(value, i, 2);
                i += 2;
                int offsetMinutes = 0;
                if (i < n) {
                    if (value.charAt(i) == ':') {
                        i++;
                    }
                    if (!digits(value, i, 2)) {
                        return NOT_ISO_8601;
                    }
                    offsetMinutes = number(value, i, 2);
                    i += 2;
                }
                if (offsetHours > 23 || offsetMinutes > 59) {
                    return NO_SUCH_TIME;
                }
                if (sign == '-' && offsetHours == 0 && offsetMinutes == 0 && i == n) {
                    return NEGATIVE_ZERO_OFFSET;
                }
            } else {
                return NOT_ISO_8601;
            }
            if (i != n) {
                return NOT_ISO_8601;
            }
        }

        if (month < 1 || month > 12 || day < 1 || day > daysIn(month, number(value, 0, 4))
                || hour > 23 || minute > 59 || second > 60) {
            return NO_SUCH_TIME;
        }
        if (!hasZone && zoneRequired) {
            return ZONE_REQUIRED;
        }
        return null;
    }

    private static int daysIn(int month, int year) {
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
    }

    private static boolean digits(String value, int from, int count) {
        if (from + count > value.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of {@code count} digits known to be digits. */
    private static int number(String value, int from, int count) {
        int result = 0;
        for (int i = from; i < from + count; i++) {
            result = result * 10 + (value.charAt(i) - '0');
        }
        return result;
    }
}
