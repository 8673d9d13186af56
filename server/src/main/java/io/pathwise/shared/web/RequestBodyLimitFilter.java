package io.pathwise.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caps API request bodies (under /api, and /browser-api for the pages' islands): JSON and CSV at {@code pathwise.api.max-body-bytes}, xAPI requests (which
 * may carry attachments) at {@code pathwise.lrs.max-body-bytes}, zip uploads at the
 * upload limit ({@code spring.servlet.multipart.max-request-size}, which the catalog's package
 * limit sets). A declared length over the limit is refused before anything is read, and a chunked
 * body is cut off as soon as it passes the limit. Multipart bodies are bounded by the container.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long bodyLimit;
    private final long uploadLimit;
    private final long xapiLimit;
    private final JsonMapper json;

    RequestBodyLimitFilter(ApiProperties properties,
            @Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize uploadLimit,
            @Value("${pathwise.lrs.max-body-bytes:16MB}") DataSize xapiLimit, JsonMapper json) {
        this.xapiLimit = xapiLimit.toBytes();
        this.bodyLimit = properties.maxBodyBytes().toBytes();
        this.uploadLimit = uploadLimit.toBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
        String path = request.getRequestURI();
        return multipart || !(path.startsWith("/api/") || path.startsWith("/xapi/") || path.startsWith("/browser-api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        long limit = request.getRequestURI().startsWith("/xapi/") ? xapiLimit
                : contentType != null && contentType.startsWith("application/zip") ? uploadLimit : bodyLimit;
        if (request.getContentLengthLong() > limit) {
            refuse(response, json, new RequestBodyTooLargeException(limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** Answers 413 with a problem naming the body; for filters that meet the limit while reading. */
    static void refuse(HttpServletResponse response, JsonMapper json, RequestBodyTooLargeException e) throws IOException {
        EarlyProblems.refuse(response, json, HttpStatus.CONTENT_TOO_LARGE, "Request body too large", "body", e.getMessage());
    }

    /** Counts bytes as they are read and fails once the body passes the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestBodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new RequestBodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
