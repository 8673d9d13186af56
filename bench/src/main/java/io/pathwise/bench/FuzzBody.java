package io.pathwise.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A fuzz request's body as literal bytes and runs of one repeated byte. Runs keep a 16 MB body
 * (or a nesting 100,000 brackets deep) small to hold and let the curl reproduction rebuild it with
 * {@code head -c N /dev/zero | tr}, so a finding's command line stays one short line whatever the
 * body's size.
 */
final class FuzzBody {

    /** Bodies up to this size are written into the reproduction literally. */
    private static final int INLINE_LIMIT = 2_000;

    private record Run(byte value, long count) {
    }

    static final FuzzBody NONE = new FuzzBody(List.of());

    private final List<Object> segments;

    private FuzzBody(List<Object> segments) {
        this.segments = segments;
    }

    static FuzzBody of(byte[] bytes) {
        return new FuzzBody(List.of(bytes.clone()));
    }

    static FuzzBody of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    static Builder builder() {
        return new Builder();
    }

    boolean isEmpty() {
        return length() == 0;
    }

    long length() {
        long n = 0;
        for (Object s : segments) {
            n += s instanceof byte[] b ? b.length : ((Run) s).count();
        }
        return n;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(length(), Integer.MAX_VALUE - 8));
        for (Object s : segments) {
            if (s instanceof byte[] b) {
                out.writeBytes(b);
            } else {
                Run run = (Run) s;
                byte[] chunk = new byte[(int) Math.min(run.count(), 1 << 16)];
                java.util.Arrays.fill(chunk, run.value());
                for (long left = run.count(); left > 0; left -= chunk.length) {
                    out.write(chunk, 0, (int) Math.min(left, chunk.length));
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * The curl argument that sends exactly these bytes: {@code --data-binary $'...'} when small, else
     * a process substitution that prints the literal parts and generates the runs.
     */
    String curlArgument() {
        if (segments.isEmpty()) {
            return "";
        }
        if (length() <= INLINE_LIMIT) {
            byte[] all = bytes();
            // bash ends a word at NUL, so bodies holding one are printed by printf instead.
            return Shell.hasNul(all) ? "--data-binary @<(" + Shell.printf(all) + ")" : "--data-binary " + Shell.bytes(all);
        }
        List<String> parts = new ArrayList<>();
        for (Object s : segments) {
            if (s instanceof byte[] b) {
                if (b.length > INLINE_LIMIT) {
                    // A large literal (a zip) is not typed into a shell; it is named, and saved by the run.
                    parts.add("cat \"$FUZZ_BODY\"");
                } else {
                    parts.add(Shell.printf(b));
                }
            } else {
                Run run = (Run) s;
                parts.add("head -c " + run.count() + " /dev/zero | tr '\\0' '\\" + Integer.toOctalString(run.value() & 0xff)
                        + "'");
            }
        }
        return "--data-binary @<(" + String.join("; ", parts) + ")";
    }

    /** Whether the reproduction needs the body saved to a file ({@code $FUZZ_BODY}). */
    boolean needsFile() {
        return length() > INLINE_LIMIT && segments.stream().anyMatch(s -> s instanceof byte[] b && b.length > INLINE_LIMIT);
    }

    /** Appends literal bytes and runs; adjacent literals are merged. */
    static final class Builder {

        private final List<Object> segments = new ArrayList<>();
        private final ByteArrayOutputStream literal = new ByteArrayOutputStream();

        Builder text(String text) {
            return bytes(text.getBytes(StandardCharsets.UTF_8));
        }

        Builder bytes(byte[] bytes) {
            literal.writeBytes(bytes);
            return this;
        }

        Builder body(FuzzBody body) {
            for (Object s : body.segments) {
                if (s instanceof byte[] b) {
                    bytes(b);
                } else {
                    run(((Run) s).value(), ((Run) s).count());
                }
            }
            return this;
        }

        Builder run(byte value, long count) {
            flush();
            segments.add(new Run(value, count));
            return this;
        }

        Builder run(char value, long count) {
            return run((byte) value, count);
        }

        long length() {
            return build().length();
        }

        FuzzBody build() {
            List<Object> all = new ArrayList<>(segments);
            if (literal.size() > 0) {
                all.add(literal.toByteArray());
            }
            return new FuzzBody(List.copyOf(all));
        }

        private void flush() {
            if (literal.size() > 0) {
                segments.add(literal.toByteArray());
                literal.reset();
            }
        }
    }
}
