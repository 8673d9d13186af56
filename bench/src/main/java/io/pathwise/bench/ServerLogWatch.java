package io.pathwise.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server log's ERROR lines as they are written. The pass sends one request at a time and reads
 * the log after each, so an ERROR is laid at the door of the request just answered (or, for work
 * a request left to a background listener, of one shortly before it: the finding says so).
 */
final class ServerLogWatch {

    /** Spring Boot's console pattern: {@code 2026-12-07T07:54:00.620Z ERROR 8565 --- [pathwise] [thread] logger : message}. */
    private static final Pattern ERROR = Pattern.compile("^\\S+\\s+ERROR\\s");
    private static final Pattern LEVEL = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR)\\s");

    /** An ERROR line with the lines after it up to the next log line: the message and the stack's first lines. */
    record Error(String line, List<String> detail) {

        /** The logger's message and the first exception line, for showing a finding. */
        String summary() {
            String text = exception().isEmpty() ? message() : message() + " | " + exception();
            return text.length() > 300 ? text.substring(0, 300) + "..." : text;
        }

        /**
         * What makes two ERRORs the same failure: the message with its bracketed values (a parameter's
         * name and value, a servlet's name) left out, and the exception's class without its message.
         */
        String signature() {
            String exception = exception();
            int colon = exception.indexOf(':');
            return message().replaceAll("\\[[^\\]]*\\]", "[]") + " | " + (colon < 0 ? exception : exception.substring(0, colon));
        }

        private String message() {
            return line.contains(" : ") ? line.substring(line.indexOf(" : ") + 3) : line;
        }

        private String exception() {
            return detail.stream().filter(d -> !d.isBlank() && !d.startsWith("\tat ")).findFirst().orElse("").trim();
        }
    }

    private final Path log;
    private long offset;
    private final StringBuilder partial = new StringBuilder();

    ServerLogWatch(Path log) {
        this.log = log;
    }

    /** Skips everything logged so far (start-up), so only what the pass causes is read. */
    void skipToEnd() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            offset = file.length();
        }
    }

    /** ERROR entries written since the last call. */
    List<Error> newErrors() throws IOException {
        String text;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            if (length <= offset) {
                return List.of();
            }
            byte[] bytes = new byte[(int) Math.min(length - offset, 64L << 20)];
            file.seek(offset);
            file.readFully(bytes);
            offset += bytes.length;
            text = partial + new String(bytes, StandardCharsets.UTF_8);
        }
        partial.setLength(0);
        int lastNewline = text.lastIndexOf('\n');
        partial.append(text.substring(lastNewline + 1));
        List<Error> errors = new ArrayList<>();
        Error current = null;
        for (String line : text.substring(0, lastNewline + 1).split("\n")) {
            if (LEVEL.matcher(line).find()) {
                current = ERROR.matcher(line).find() ? new Error(line, new ArrayList<>()) : null;
                if (current != null) {
                    errors.add(current);
                }
            } else if (current != null && current.detail().size() < 8) {
                current.detail().add(line);
            }
        }
        return errors;
    }
}
