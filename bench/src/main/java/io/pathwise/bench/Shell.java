package io.pathwise.bench;

import java.nio.charset.StandardCharsets;

/** Quoting for the bash one-liners that reproduce findings. */
final class Shell {

    private Shell() {
    }

    /**
     * Bytes as one bash word: plain single quotes when they are printable ASCII without a quote,
     * else ANSI-C quoting ({@code $'...'}) with {@code \xHH} for every other byte, so invalid UTF-8,
     * NUL and control bytes reach curl exactly (bash cuts a word at NUL, hence printf in a process
     * substitution for those; see {@link FuzzBody#curlArgument()}).
     */
    static String bytes(byte[] value) {
        boolean plain = true;
        for (byte b : value) {
            if (b < 0x20 || b > 0x7e || b == '\'') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return "'" + new String(value, StandardCharsets.US_ASCII) + "'";
        }
        StringBuilder out = new StringBuilder("$'");
        for (byte b : value) {
            int c = b & 0xff;
            if (c == '\'' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.append('\'').toString();
    }

    /**
     * A {@code printf} command printing exactly these bytes, NUL included: every byte that is not
     * printable ASCII as a three-digit octal escape, {@code %} and {@code \\} doubled.
     */
    static String printf(byte[] value) {
        StringBuilder out = new StringBuilder("printf -- '");
        for (byte b : value) {
            int c = b & 0xff;
            if (c == '\'') {
                out.append("\\047");
            } else if (c == '%') {
                out.append("%%");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append((char) c);
            } else {
                out.append(String.format("\\%03o", c));
            }
        }
        return out.append('\'').toString();
    }

    static boolean hasNul(byte[] value) {
        for (byte b : value) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static String word(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }
}
