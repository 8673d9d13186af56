package io.pathwise.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose {@code Content-Type} no part of the server can work with, on every path
 * (pages, /api and /xapi), before anything reads the request: a value that is not a media type,
 * or names a charset this Java does not have (415); a wildcard such as {@code *}{@code /*}, which
 * is an Accept range, never the type of a body (Spring MVC failed on it with a 500); and a
 * multipart type without its {@code boundary}, which the container cannot parse (a 500 for any
 * request, even a GET, once anything asked for a parameter). A missing or blank header is left
 * alone: the endpoints decide what a body without a type means.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ContentTypeCheckFilter extends OncePerRequestFilter {

    private static final String FIELD = "Content-Type";

    private final JsonMapper json;

    ContentTypeCheckFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            boolean unknownCharset = e.getMessage() != null && e.getMessage().contains("unsupported charset");
            refuse(response, unknownCharset ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST,
                    "is not a usable media type: " + e.getMessage());
            return;
        }
        if (!type.isConcrete()) {
            refuse(response, HttpStatus.BAD_REQUEST, "must name the body's media type, such as application/json, not the "
                    + "wildcard '" + type.getType() + "/" + type.getSubtype() + "'");
            return;
        }
        String boundary = type.getParameter("boundary");
        if ("multipart".equals(type.getType()) && (boundary == null || boundary.isBlank())) {
            refuse(response, HttpStatus.BAD_REQUEST, "needs a boundary parameter for a multipart body, such as "
                    + type.getType() + "/" + type.getSubtype() + "; boundary=...");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String reason) throws IOException {
        EarlyProblems.refuse(response, json, status, status == HttpStatus.UNSUPPORTED_MEDIA_TYPE
                ? "Unsupported media type" : "Invalid Content-Type", FIELD, reason);
    }
}
