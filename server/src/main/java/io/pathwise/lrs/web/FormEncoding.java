package io.pathwise.lrs.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code application/x-www-form-urlencoded} text, the form of query strings and of alternate-syntax
 * bodies, always in UTF-8 (xAPI Communication 1.4). The LRS reads query strings itself rather than
 * through {@code getParameterMap()}, which for a form POST would also read the body: on the xAPI
 * resources a form body is a document, or an alternate-syntax request, never parameters.
 */
final class FormEncoding {

    private FormEncoding() {
    }

    /**
     * The fields in order, each with every value it was given.
     *
     * @throws IllegalArgumentException if a percent escape is malformed
     */
    static Map<String, List<String>> parse(String encoded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    static String encode(Map<String, List<String>> fields) {
        StringJoiner encoded = new StringJoiner("&");
        fields.forEach((name, values) -> values.forEach(value -> encoded.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return encoded.toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
