package io.pathwise.shared.web;

import io.pathwise.shared.text.StrictTextDecoding;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a query string that is not percent-encoded UTF-8 ({@code ?cursor=%FF},
 * {@code ?limit=%ED%A0%80}) with a problem naming the parameter. Left to the container, the first
 * code that asked for a parameter failed, the answer was the container's error JSON and the
 * server logged an ERROR for what is the caller's mistake. Only the query string is checked here:
 * reading a form body would consume it before the filters and endpoints that read bodies raw.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class QueryStringCheckFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    QueryStringCheckFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        Optional<String> badParameter = query == null ? Optional.empty() : firstUndecodable(query);
        if (badParameter.isPresent()) {
            EarlyProblems.refuse(response, json, HttpStatus.BAD_REQUEST, "Invalid query string", badParameter.get(),
                    "is not valid percent-encoded UTF-8");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name of the first parameter whose name or value cannot be decoded ("query" when the name itself cannot). */
    private static Optional<String> firstUndecodable(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name.isEmpty()) {
                return Optional.of("query");
            }
            if (equals >= 0 && decode(pair.substring(equals + 1)).isEmpty()) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                // The container hands over the query string's bytes one char each; '+' is a space.
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        return StrictTextDecoding.tryDecode(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
}
