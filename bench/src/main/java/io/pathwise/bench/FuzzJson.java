package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree as {@link JsonTree} reads it (maps, lists, strings, doubles, booleans, null)
 * back into a body, with one addition: {@link Raw} values go out verbatim. That is how a fuzz
 * variant puts into an otherwise well-formed document what no JSON value can hold: 1e309, a
 * 400-digit integer, invalid UTF-8, an unescaped control character, a string of a million bytes
 * (as a run, see {@link FuzzBody}).
 */
final class FuzzJson {

    /** Bytes (and runs) written as they are, in place of a value. */
    record Raw(FuzzBody body) {

        static Raw of(String text) {
            return new Raw(FuzzBody.of(text));
        }

        static Raw of(byte[] bytes) {
            return new Raw(FuzzBody.of(bytes));
        }

        /** A JSON string holding {@code count} copies of {@code c} (ASCII), built as a run. */
        static Raw longString(char c, long count) {
            return new Raw(FuzzBody.builder().text("\"").run(c, count).text("\"").build());
        }
    }

    private FuzzJson() {
    }

    static FuzzBody write(Object value) {
        FuzzBody.Builder out = FuzzBody.builder();
        write(out, value);
        return out.build();
    }

    /** The document as text, for baselines that hold no {@link Raw} value. */
    static String text(Object value) {
        return new String(write(value).bytes(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static void write(FuzzBody.Builder out, Object value) {
        if (value == null) {
            out.text("null");
        } else if (value instanceof Raw raw) {
            out.body(raw.body());
        } else if (value instanceof String s) {
            out.text(Json.string(s));
        } else if (value instanceof Double d) {
            // JsonTree reads every number as a double; an integral one goes back out as an integer,
            // since a field typed int may refuse 2.0.
            out.text(d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : Double.toString(d));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.text(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            out.text("{");
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                out.text(first ? "" : ",").text(Json.string(e.getKey())).text(":");
                write(out, e.getValue());
                first = false;
            }
            out.text("}");
        } else if (value instanceof List<?> list) {
            out.text("[");
            for (int i = 0; i < list.size(); i++) {
                out.text(i == 0 ? "" : ",");
                write(out, list.get(i));
            }
            out.text("]");
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }
}
