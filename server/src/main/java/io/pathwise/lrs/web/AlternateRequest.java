package io.pathwise.lrs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * An Alternate Request Syntax request (xAPI 1.0.3 Communication 1.3) as the request it stands for:
 * the method named by {@code method}, the form's other fields as the query string, the
 * {@code content} field as the body and the header fields as headers. Everything after the filter
 * that built it, Spring Security included, sees only this request.
 */
final class AlternateRequest extends BufferedBodyRequest {

    private final String method;
    private final String queryString;
    /** Headers that differ from the real request's; a null value removes the header. */
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    AlternateRequest(HttpServletRequest request, String method, Map<String, List<String>> parameters,
            Map<String, String> headers, byte[] content) {
        super(request, content, parameters);
        this.method = method;
        this.queryString = parameters.isEmpty() ? null : FormEncoding.encode(parameters);
        this.headers.putAll(headers);
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getQueryString() {
        return queryString;
    }

    @Override
    public String getHeader(String name) {
        return headers.containsKey(name) ? headers.get(name) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (!headers.containsKey(name)) {
            return super.getHeaders(name);
        }
        String value = headers.get(name);
        return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String name : Collections.list(super.getHeaderNames())) {
            if (!headers.containsKey(name)) {
                names.add(name);
            }
        }
        headers.forEach((name, value) -> {
            if (value != null) {
                names.add(name);
            }
        });
        return Collections.enumeration(names);
    }

    @Override
    public int getIntHeader(String name) {
        if (!headers.containsKey(name)) {
            return super.getIntHeader(name);
        }
        String value = headers.get(name);
        return value == null ? -1 : Integer.parseInt(value);
    }

    @Override
    public String getContentType() {
        return getHeader("Content-Type");
    }

    @Override
    public int getContentLength() {
        return getIntHeader("Content-Length");
    }

    @Override
    public long getContentLengthLong() {
        return getContentLength();
    }

    /** The content's charset, or UTF-8: "The LRS MUST interpret this content as a UTF-8 string." */
    @Override
    public String getCharacterEncoding() {
        String contentType = getContentType();
        if (contentType != null) {
            try {
                var charset = MediaType.parseMediaType(contentType).getCharset();
                if (charset != null) {
                    return charset.name();
                }
            } catch (InvalidMediaTypeException e) {
                // the resource refuses the Content-Type itself; the content is still UTF-8
            }
        }
        return StandardCharsets.UTF_8.name();
    }
}
