package io.pathwise.shared.text;

import java.util.Locale;

/** Names characters the way Unicode does ({@code U+000A}), for reasons that quote a refused character. */
public final class CodePoints {

    private CodePoints() {
    }

    public static String name(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
