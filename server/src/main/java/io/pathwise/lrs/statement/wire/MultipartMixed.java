package io.pathwise.lrs.statement.wire;

import io.pathwise.shared.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes {@code multipart/mixed} bodies (RFC 2046 section 5.1), the transmission format of
 * statements with attachments (xAPI Communication 1.5.2): statement requests arrive in it, and GET
 * statements answers in it when {@code attachments=true}.
 *
 * <p>Parsing is one pass over the body: each delimiter is found by scanning for line feeds and
 * comparing the boundary after them, so a body of several megabytes costs time in proportion to its
 * size whatever bytes it holds. Part contents are copied out once.
 *
 * <p>Line ends may be CRLF, as RFC 2046 requires, or bare LF: the conformance suite sends some
 * attachment templates from files whose line ends depend on how git checked them out.
 */
public final class MultipartMixed {

    /** RFC 2046 5.1.1: a boundary is 1 to 70 characters. */
    static final int MAX_BOUNDARY_LENGTH = 70;

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte[] CRLF = {CR, LF};
    private static final SecureRandom RANDOM = new SecureRandom();

    private MultipartMixed() {
    }

    /**
     * One part of a multipart body: its header fields, names in lower case, in the order they came,
     * and its raw content. The content array is not copied; callers must not change it.
     */
    public record Part(Map<String, String> headers, byte[] content) {

        public Part {
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(content, "content");
            Map<String, String> lowerCase = new LinkedHashMap<>();
            headers.forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
            headers = Collections.unmodifiableMap(lowerCase);
        }

        /** The value of a header field, whatever the case of {@code name}; null if absent. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The media type of the {@code Content-Type} header, lower case and without parameters; null if absent. */
        public String mediaType() {
            String contentType = header("Content-Type");
            return contentType == null ? null : MultipartMixed.mediaType(contentType);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Part part && headers.equals(part.headers) && Arrays.equals(content, part.content);
        }

        @Override
        public int hashCode() {
            return 31 * headers.hashCode() + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Part" + headers + "(" + content.length + " bytes)";
        }
    }

    /**
     * Splits a {@code multipart/mixed} body into its parts, ignoring the preamble before the first
     * delimiter and the epilogue after the closing one.
     *
     * @param body the request body
     * @param contentTypeHeader the request's {@code Content-Type}, which names the boundary
     * @param maxParts the most parts accepted; more is answered with 400 rather than parsed
     * @throws ApiException 400 if the header names no usable boundary or the body is not well formed
     */
    public static List<Part> parse(byte[] body, String contentTypeHeader, int maxParts) {
        byte[] dashBoundary = ("--" + boundaryOf(contentTypeHeader)).getBytes(StandardCharsets.UTF_8);
        Delimiter delimiter = nextDelimiter(body, dashBoundary, 0);
        if (delimiter == null) {
            throw ApiException.badField("body", "no line starts with the boundary named in Content-Type ("
                    + new String(dashBoundary, StandardCharsets.UTF_8) + "), so the body has no parts");
        }
        List<Part> parts = new ArrayList<>();
        while (!delimiter.closing()) {
            int partStart = delimiter.next();
            Delimiter following = nextDelimiter(body, dashBoundary, partStart);
            if (following == null) {
                throw ApiException.badField("body", "the body ends without the closing delimiter line --"
                        + new String(dashBoundary, 2, dashBoundary.length - 2, StandardCharsets.UTF_8) + "--");
            }
            if (parts.size() == maxParts) {
                throw ApiException.badField("body", "the body has more than " + maxParts + " parts");
            }
            parts.add(readPart(body, partStart, following.contentEnd(body, partStart), parts.size() + 1));
            delimiter = following;
        }
        if (parts.isEmpty()) {
            throw ApiException.badField("body", "the body closes before its first part");
        }
        return parts;
    }

    /**
     * Writes parts as a {@code multipart/mixed} body with CRLF line ends, the layout RFC 2046 and the
     * conformance suite's parser expect. Send it with {@link #contentType(String)} as Content-Type.
     *
     * @param boundary a boundary that occurs in no part, such as one from {@link #newBoundary()}
     * @throws IllegalArgumentException if the boundary is not usable or a header holds a line break
     */
    public static byte[] write(String boundary, List<Part> parts) {
        checkBoundary(boundary);
        byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        List<byte[]> headerBlocks = new ArrayList<>(parts.size());
        long size = dashBoundary.length + 4L; // closing "--boundary--" and CRLF
        for (Part part : parts) {
            StringBuilder block = new StringBuilder();
            part.headers().forEach((name, value) -> {
                // Values such as an attachment's contentType come from clients: a line break in one
                // would let them add headers or parts of their own to the answer.
                if (name.isEmpty() || name.indexOf(':') >= 0 || hasLineBreak(name) || hasLineBreak(value)) {
                    throw new IllegalArgumentException("not a header that can be written: " + name + ": " + value);
                }
                block.append(displayName(name)).append(": ").append(value).append("\r\n");
            });
            block.append("\r\n");
            byte[] headerBytes = block.toString().getBytes(StandardCharsets.UTF_8);
            headerBlocks.add(headerBytes);
            size += dashBoundary.length + 2L + headerBytes.length + part.content().length + 2L;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the parts are too large for one body: " + size + " bytes");
        }
        byte[] out = new byte[(int) size];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            at = put(out, at, dashBoundary);
            at = put(out, at, CRLF);
            at = put(out, at, headerBlocks.get(i));
            at = put(out, at, parts.get(i).content());
            at = put(out, at, CRLF);
        }
        at = put(out, at, dashBoundary);
        at = put(out, at, new byte[] {'-', '-'});
        put(out, at, CRLF);
        return out;
    }

    /** A fresh random boundary: 32 hexadecimal digits, which no attachment can be built to contain by guessing. */
    public static String newBoundary() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The {@code Content-Type} header value for a body written with this boundary. */
    public static String contentType(String boundary) {
        checkBoundary(boundary);
        boolean token = boundary.chars().allMatch(c -> c < 127 && c > 32 && "()<>@,;:\\\"/[]?=".indexOf(c) < 0);
        return "multipart/mixed; boundary=" + (token ? boundary : "\"" + boundary + "\"");
    }

    /** The media type of a {@code Content-Type} value, lower case and without parameters. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The parameters of a {@code Content-Type} value, names in lower case. Values may be tokens or
     * quoted strings with backslash escapes (RFC 2045 section 5.1).
     *
     * @throws IllegalArgumentException if a quoted value is not closed
     */
    static Map<String, String> parameters(String contentType) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int at = contentType.indexOf(';');
        if (at < 0) {
            return parameters;
        }
        int length = contentType.length();
        while (at < length) {
            while (at < length && (contentType.charAt(at) == ';' || Character.isWhitespace(contentType.charAt(at)))) {
                at++;
            }
            int nameStart = at;
            while (at < length && contentType.charAt(at) != '=' && contentType.charAt(at) != ';') {
                at++;
            }
            String name = contentType.substring(nameStart, at).strip().toLowerCase(Locale.ROOT);
            if (at >= length || contentType.charAt(at) == ';') {
                continue; // a parameter without a value carries nothing we use
            }
            at++; // '='
            while (at < length && Character.isWhitespace(contentType.charAt(at))) {
                at++;
            }
            StringBuilder value = new StringBuilder();
            if (at < length && contentType.charAt(at) == '"') {
                at++;
                boolean closed = false;
                while (at < length) {
                    char c = contentType.charAt(at++);
                    if (c == '\\' && at < length) {
                        value.append(contentType.charAt(at++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("the quoted value of '" + name + "' is not closed");
                }
                while (at < length && contentType.charAt(at) != ';') {
                    at++;
                }
            } else {
                int valueStart = at;
                while (at < length && contentType.charAt(at) != ';') {
                    at++;
                }
                value.append(contentType, valueStart, at);
            }
            if (!name.isEmpty()) {
                parameters.putIfAbsent(name, value.toString().strip());
            }
        }
        return parameters;
    }

    private static String boundaryOf(String contentTypeHeader) {
        if (contentTypeHeader == null || !mediaType(contentTypeHeader).equals("multipart/mixed")) {
            throw ApiException.badField("Content-Type", "expected multipart/mixed, got " + contentTypeHeader);
        }
        String boundary;
        try {
            boundary = parameters(contentTypeHeader).get("boundary");
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("Content-Type", e.getMessage());
        }
        if (boundary == null || boundary.isEmpty()) {
            throw ApiException.badField("Content-Type", "multipart/mixed needs a boundary parameter naming the "
                    + "line that separates the parts");
        }
        if (boundary.length() > MAX_BOUNDARY_LENGTH) {
            throw ApiException.badField("Content-Type", "the boundary is " + boundary.length()
                    + " characters long; RFC 2046 allows at most " + MAX_BOUNDARY_LENGTH);
        }
        return boundary;
    }

    private static void checkBoundary(String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH
                || boundary.endsWith(" ") || !boundary.chars().allMatch(c -> c >= 32 && c < 127 && c != '"')) {
            throw new IllegalArgumentException("not a usable multipart boundary: " + boundary);
        }
    }

    /**
     * Where a delimiter line starts and what follows it.
     *
     * @param start index of its first "-"
     * @param next index just after its line end, where the next part begins
     * @param closing whether it is the closing delimiter ("--boundary--")
     */
    private record Delimiter(int start, int next, boolean closing) {

        /**
         * The end of the content before this delimiter: the line end before "--boundary" belongs to
         * the delimiter (RFC 2046), not to the part.
         */
        int contentEnd(byte[] body, int partStart) {
            int end = start;
            if (end > partStart && body[end - 1] == LF) {
                end--;
                if (end > partStart && body[end - 1] == CR) {
                    end--;
                }
            }
            return end;
        }
    }

    /**
     * The first delimiter line at or after {@code from}: "--boundary" at the start of a line, followed
     * by optional spaces and a line end, or by "--" for the closing delimiter. Text that starts like
     * the boundary but goes on otherwise is content, as RFC 2046 says.
     */
    private static Delimiter nextDelimiter(byte[] body, byte[] dashBoundary, int from) {
        if ((from == 0 || body[from - 1] == LF) && startsWith(body, from, dashBoundary)) {
            Delimiter found = delimiterAt(body, from, dashBoundary.length);
            if (found != null) {
                return found;
            }
        }
        int at = from;
        while (true) {
            int lineFeed = indexOf(body, LF, at);
            if (lineFeed < 0) {
                return null;
            }
            int candidate = lineFeed + 1;
            int matched = matchLength(body, candidate, dashBoundary);
            if (matched == dashBoundary.length) {
                Delimiter found = delimiterAt(body, candidate, dashBoundary.length);
                if (found != null) {
                    return found;
                }
            }
            // The matched bytes are boundary characters, never a line feed, so no delimiter can start
            // inside them: skipping them keeps the scan linear.
            at = candidate + matched;
        }
    }

    private static Delimiter delimiterAt(byte[] body, int start, int dashBoundaryLength) {
        int at = start + dashBoundaryLength;
        if (at + 1 < body.length && body[at] == '-' && body[at + 1] == '-') {
            return new Delimiter(start, body.length, true);
        }
        while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
            at++;
        }
        if (at < body.length && body[at] == LF) {
            return new Delimiter(start, at + 1, false);
        }
        if (at + 1 < body.length && body[at] == CR && body[at + 1] == LF) {
            return new Delimiter(start, at + 2, false);
        }
        return null;
    }

    private static Part readPart(byte[] body, int start, int end, int number) {
        Map<String, String> headers = new LinkedHashMap<>();
        String lastName = null;
        int at = start;
        while (at < end) {
            int lineFeed = indexOf(body, LF, at, end);
            int lineEnd = lineFeed < 0 ? end : lineFeed;
            int textEnd = lineEnd > at && body[lineEnd - 1] == CR ? lineEnd - 1 : lineEnd;
            int next = lineFeed < 0 ? end : lineFeed + 1;
            if (textEnd == at) {
                return new Part(headers, Arrays.copyOfRange(body, next, end));
            }
            String line = new String(body, at, textEnd - at, StandardCharsets.UTF_8);
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (lastName == null) {
                    throw ApiException.badField("part " + number, "its first header line is indented, "
                            + "so it continues no header");
                }
                headers.put(lastName, headers.get(lastName) + " " + line.strip());
            } else {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw ApiException.badField("part " + number, "header line '" + abbreviate(line)
                            + "' is not 'Name: value'; a blank line must separate the headers from the content");
                }
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (headers.containsKey(name)) {
                    throw ApiException.badField("part " + number, "has the " + name + " header twice");
                }
                headers.put(name, line.substring(colon + 1).strip());
                lastName = name;
            }
            at = next;
        }
        // Headers that run up to the delimiter: RFC 2046 makes the blank line and content optional.
        return new Part(headers, new byte[0]);
    }

    private static boolean hasLineBreak(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    private static String displayName(String lowerCaseName) {
        return switch (lowerCaseName) {
            case "x-experience-api-hash" -> "X-Experience-API-Hash";
            case "content-type" -> "Content-Type";
            case "content-transfer-encoding" -> "Content-Transfer-Encoding";
            case "content-length" -> "Content-Length";
            case "content-disposition" -> "Content-Disposition";
            default -> lowerCaseName;
        };
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        return matchLength(body, at, prefix) == prefix.length;
    }

    private static int matchLength(byte[] body, int at, byte[] prefix) {
        int limit = Math.min(prefix.length, body.length - at);
        int matched = 0;
        while (matched < limit && body[at + matched] == prefix[matched]) {
            matched++;
        }
        return matched;
    }

    private static int indexOf(byte[] body, byte value, int from) {
        return indexOf(body, value, from, body.length);
    }

    private static int indexOf(byte[] body, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int put(byte[] out, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, out, at, bytes.length);
        return at + bytes.length;
    }
}
