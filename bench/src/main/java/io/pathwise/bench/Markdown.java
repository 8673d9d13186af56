package io.pathwise.bench;

import java.util.List;
import java.util.Locale;

/** The little Markdown the results files need: bullet lists and pipe tables. */
final class Markdown {

    private Markdown() {
    }

    static String bullets(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        row(out, header);
        out.append('|');
        header.forEach(h -> out.append(" --- |"));
        out.append('\n');
        rows.forEach(r -> row(out, r));
        return out.toString();
    }

    /** Fixed decimals with a dot whatever the default locale, so files diff cleanly across machines. */
    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(cell.replace("|", "\\|")).append(" |"));
        out.append('\n');
    }
}
