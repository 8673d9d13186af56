package io.pathwise.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request being broken: starts as the target's baseline (its valid path values, query and body)
 * and each variant changes one part of it. Path values and query parts are kept encoded, so a
 * variant can put in escapes no encoder would produce ({@code %FF}, {@code %ED%A0%80}).
 */
final class RequestDraft {

    final FuzzTarget target;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    /** Encoded {@code name=value} parts, or {@code name} alone. */
    final List<String> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    FuzzBody body;
    String label = "baseline";

    RequestDraft(FuzzTarget target) {
        this.target = target;
        target.pathValues().forEach((name, value) -> pathValues.put(name, encode(value)));
        for (FuzzTarget.QueryParameter p : target.query()) {
            if (p.valid() != null) {
                query.add(encode(p.name()) + "=" + encode(p.valid()));
            }
        }
        headers.putAll(target.headers());
        if (target.body() != FuzzTarget.BodyKind.NONE) {
            if (target.contentType() != null) {
                headers.put("Content-Type", target.contentType());
            }
            body = FuzzBody.of(target.validBody());
        } else {
            body = FuzzBody.NONE;
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Replaces (or adds) query parameter {@code name}'s encoded value. */
    void setQuery(String name, String encodedValue) {
        String encodedName = encode(name);
        query.removeIf(part -> part.equals(encodedName) || part.startsWith(encodedName + "="));
        query.add(encodedValue == null ? encodedName : encodedName + "=" + encodedValue);
    }

    FuzzRequest build() {
        String path = target.path(pathValues);
        String pathAndQuery = query.isEmpty() ? path : path + "?" + String.join("&", query);
        return new FuzzRequest(target, label, pathAndQuery, headers, body);
    }
}
