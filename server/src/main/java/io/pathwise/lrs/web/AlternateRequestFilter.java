package io.pathwise.lrs.web;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.problem.ProblemResponses;
import io.pathwise.shared.web.RequestBodyTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Alternate Request Syntax of xAPI 1.0.3 (Communication 1.3), for browsers that can only send
 * POST without custom headers: {@code POST /xapi/<resource>?method=PUT} with a form body whose
 * {@code Authorization}, {@code X-Experience-API-Version}, {@code Content-Type},
 * {@code Content-Length}, {@code If-Match} and {@code If-None-Match} fields are headers, whose
 * {@code content} field is the body, and whose other fields are query parameters. The request is
 * handed on as the request it describes ({@link AlternateRequest}). Runs before version
 * negotiation and authentication, which must see the headers the form carries.
 *
 * <p>A header sent as a real header wins over the same form field: the fields stand in for headers
 * a client could not set, and the 1.0.3 conformance suite sends a form version beside a real one and
 * expects the real one to count. The {@code Content-Type} and {@code Content-Length} fields describe
 * the content, the real ones the form, so for those the form counts; content without a
 * {@code Content-Type} field is taken as {@code application/json}, what xAPI requests carry.
 *
 * <p>xAPI 2.0 removed the syntax, so a request that resolves to 2.0 is refused with 400, as the 2.0
 * conformance suite expects. Without a {@code method} parameter nothing is rewritten; a form body
 * is then a document like any other and is only kept from being read as parameters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class AlternateRequestFilter extends OncePerRequestFilter {

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE");
    private static final Set<String> HEADER_FIELDS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        HEADER_FIELDS.addAll(List.of("Authorization", XapiVersionFilter.HEADER, "Content-Type", "Content-Length",
                "If-Match", "If-None-Match"));
    }

    /** The header fields a real header of the same name overrides. */
    private static final List<String> REQUEST_HEADERS = List.of("Authorization", XapiVersionFilter.HEADER,
            "If-Match", "If-None-Match");

    private final JsonMapper json;

    AlternateRequestFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/xapi/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, List<String>> query;
        try {
            query = FormEncoding.parse(request.getQueryString());
        } catch (IllegalArgumentException e) {
            // Not decodable, so no method parameter can be told apart; the resource refuses the query itself.
            query = Map.of();
        }
        if (query.containsKey("method") && !"OPTIONS".equals(request.getMethod())) {
            alternate(request, response, chain, query);
        } else if (isForm(request.getContentType())) {
            byte[] body = body(request, response);
            if (body != null) {
                chain.doFilter(new BufferedBodyRequest(request, body, query), response);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    private void alternate(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            Map<String, List<String>> query) throws ServletException, IOException {
        String realVersion = request.getHeader(XapiVersionFilter.HEADER);
        XapiVersion answerAs = XapiVersion.fromHeader(realVersion).orElse(XapiVersion.V2_0_0);
        if (!"POST".equals(request.getMethod())) {
            refuse(response, answerAs, "method", "belongs to the alternate request syntax, which is sent as POST; "
                    + request.getMethod() + " does not take it");
            return;
        }
        for (String name : query.keySet()) {
            if (!name.equals("method")) {
                refuse(response, answerAs, name, "cannot be in the query string of an alternate-syntax request, where "
                        + "only method may be; send it as a form field");
                return;
            }
        }
        List<String> methods = query.get("method");
        String method = methods.get(0).toUpperCase(Locale.ROOT);
        if (methods.size() > 1 || !METHODS.contains(method)) {
            refuse(response, answerAs, "method", "must be given once, as GET, PUT, POST or DELETE");
            return;
        }
        if (XapiVersion.fromHeader(realVersion).orElse(null) == XapiVersion.V2_0_0) {
            refuseInVersion2(response);
            return;
        }
        if (!isForm(request.getContentType()) && !isPlainOrNone(request.getContentType())) {
            refuse(response, answerAs, "Content-Type", "must be application/x-www-form-urlencoded: an alternate-syntax "
                    + "request sends its headers, parameters and content as a form");
            return;
        }
        byte[] body = body(request, response);
        if (body == null) {
            return;
        }
        Map<String, List<String>> form;
        try {
            form = FormEncoding.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            refuse(response, answerAs, "body", "is not URL-encoded form data: " + e.getMessage());
            return;
        }

        Map<String, String> headerFields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String content = null;
        for (var field : form.entrySet()) {
            String name = field.getKey();
            if (field.getValue().size() > 1) {
                refuse(response, answerAs, name, "must be given once");
                return;
            }
            String value = field.getValue().get(0);
            if (HEADER_FIELDS.contains(name)) {
                headerFields.put(name, value);
            } else if (name.equals("content")) {
                content = value;
            } else {
                parameters.put(name, field.getValue());
            }
        }

        String version = realVersion != null ? realVersion : headerFields.get(XapiVersionFilter.HEADER);
        Optional<XapiVersion> resolved = XapiVersion.fromHeader(version);
        if (resolved.isPresent() && resolved.get() == XapiVersion.V2_0_0) {
            refuseInVersion2(response);
            return;
        }
        answerAs = resolved.orElse(XapiVersion.V2_0_0);
        boolean sendsContent = method.equals("PUT") || method.equals("POST");
        if (sendsContent && content == null) {
            refuse(response, answerAs, "content", "is required: the body of a " + method
                    + " goes in the content form field");
            return;
        }
        if (!sendsContent && content != null && !content.isEmpty()) {
            refuse(response, answerAs, "content", "must be empty: a " + method + " has no body");
            return;
        }

        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : REQUEST_HEADERS) {
            if (request.getHeader(name) == null && headerFields.containsKey(name)) {
                headers.put(name, headerFields.get(name));
            }
        }
        byte[] bytes = sendsContent ? content.getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (sendsContent) {
            String contentType = headerFields.get("Content-Type");
            headers.put("Content-Type", contentType == null || contentType.isBlank()
                    ? MediaType.APPLICATION_JSON_VALUE : contentType);
            headers.put("Content-Length", String.valueOf(bytes.length));
        } else {
            headers.put("Content-Type", null);
            headers.put("Content-Length", null);
        }
        chain.doFilter(new AlternateRequest(request, method, parameters, headers, bytes), response);
    }

    /** The body, or null after answering 413 when it is larger than the xAPI body limit. */
    private byte[] body(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return request.getInputStream().readAllBytes();
        } catch (RequestBodyTooLargeException e) {
            XapiVersion version = XapiVersion.fromHeader(request.getHeader(XapiVersionFilter.HEADER))
                    .orElse(XapiVersion.V2_0_0);
            write(response, version, HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    new FieldProblem("body", e.getMessage()));
            return null;
        }
    }

    private void refuseInVersion2(HttpServletResponse response) throws IOException {
        refuse(response, XapiVersion.V2_0_0, "method", "is not a parameter in xAPI 2.0, which has no alternate "
                + "request syntax; send the request with its own method, headers and body");
    }

    private void refuse(HttpServletResponse response, XapiVersion version, String field, String reason)
            throws IOException {
        write(response, version, HttpStatus.BAD_REQUEST, "Invalid request", new FieldProblem(field, reason));
    }

    private void write(HttpServletResponse response, XapiVersion version, HttpStatus status, String title,
            FieldProblem problem) throws IOException {
        // Filters after this one never run, so the version header every xAPI response carries is set here.
        response.setHeader(XapiVersionFilter.HEADER, version.header());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(),
                ProblemResponses.problem(status, title, problem.toString(), List.of(problem)));
    }

    private static boolean isForm(String contentType) {
        return is(contentType, MediaType.APPLICATION_FORM_URLENCODED);
    }

    /** Internet Explorer's XDomainRequest, which the syntax exists for, sends text/plain or no type at all. */
    private static boolean isPlainOrNone(String contentType) {
        return contentType == null || contentType.isBlank() || is(contentType, MediaType.TEXT_PLAIN);
    }

    private static boolean is(String contentType, MediaType type) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.parseMediaType(contentType).equalsTypeAndSubtype(type);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
