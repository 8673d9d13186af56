package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation the fuzz pass attacks, with a request the server accepts (its baseline): hostile
 * variants are that request with one thing broken, so each gets past everything but the broken
 * part and reaches the code that has to cope with it.
 *
 * @param operation  the name in tallies and findings, e.g. {@code PUT /api/v1/courses/{slug}/items/{itemKey}}
 * @param pathValues valid values of the path template's variables, in order
 * @param query      the query parameters the operation declares, with a valid value each (null: none sent)
 * @param body       how the body is made ({@link BodyKind#NONE} for no body)
 * @param validBody  the baseline's body (a JSON document, form fields, a zip ...)
 * @param bodyLimit  the body size the README's configuration table promises a 413 above; 0 if none
 * @param reads      GETs (paths, same caller) that must still work after this operation accepts a write
 * @param safeIds    false for an operation that destroys what its path names (a DELETE): its variants
 *                   never send the valid ids, so the pass cannot remove the accounts it signs in with
 */
record FuzzTarget(String operation, String method, String pathTemplate, Map<String, String> pathValues,
        List<QueryParameter> query, Caller caller, Map<String, String> headers, BodyKind body, String contentType,
        byte[] validBody, long bodyLimit, List<String> reads, boolean safeIds) {

    /** How a body is built, and so which variants apply to it. */
    enum BodyKind { NONE, JSON, FORM, MULTIPART_ZIP, ZIP, CSV }

    /** A declared query parameter: its name, what it takes, a valid value (raw, not yet encoded; null: left out). */
    record QueryParameter(String name, String type, String valid) {
    }

    FuzzTarget {
        pathValues = new LinkedHashMap<>(pathValues);
        headers = new LinkedHashMap<>(headers);
        query = List.copyOf(query);
        reads = List.copyOf(reads);
    }

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    /** The path with the given values in place of the template's variables (already encoded). */
    String path(Map<String, String> encodedValues) {
        String path = pathTemplate;
        for (Map.Entry<String, String> v : encodedValues.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path;
    }

    /** A builder for hand-written targets (xAPI and pages); OpenAPI ones are built from the document. */
    static Builder of(String method, String pathTemplate, Caller caller) {
        return new Builder(method, pathTemplate, caller);
    }

    static final class Builder {
        private final String method;
        private final String pathTemplate;
        private final Caller caller;
        private String name;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final List<QueryParameter> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private BodyKind body = BodyKind.NONE;
        private String contentType;
        private byte[] validBody = new byte[0];
        private long bodyLimit;
        private final List<String> reads = new ArrayList<>();
        private boolean safeIds = true;

        private Builder(String method, String pathTemplate, Caller caller) {
            this.method = method;
            this.pathTemplate = pathTemplate;
            this.caller = caller;
        }

        Builder name(String value) {
            name = value;
            return this;
        }

        Builder path(String variable, String value) {
            pathValues.put(variable, value);
            return this;
        }

        Builder query(String parameter, String type, String valid) {
            query.add(new QueryParameter(parameter, type, valid));
            return this;
        }

        Builder header(String header, String value) {
            headers.put(header, value);
            return this;
        }

        Builder body(BodyKind kind, String type, byte[] bytes, long limit) {
            body = kind;
            contentType = type;
            validBody = bytes;
            bodyLimit = limit;
            return this;
        }

        Builder json(String document, long limit) {
            return body(BodyKind.JSON, "application/json", document.getBytes(StandardCharsets.UTF_8), limit);
        }

        Builder reads(String... paths) {
            reads.addAll(List.of(paths));
            return this;
        }

        Builder destructive() {
            safeIds = false;
            return this;
        }

        FuzzTarget build() {
            return new FuzzTarget(name != null ? name : method + " " + pathTemplate, method, pathTemplate, pathValues,
                    query, caller, headers, body, contentType, validBody, bodyLimit, reads, safeIds);
        }
    }
}
