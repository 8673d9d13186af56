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
 * Refuses a form body ({@code application/x-www-form-urlencoded}) that the container cannot read as
 * parameters ({@code %ZZ}, a lone {@code %}, bytes that are not UTF-8, more parameters than the
 * container allows) with 400 naming the body. Left alone, the first filter to ask for a parameter
 * (the CSRF check) failed inside the container: the caller got a bare 400 and the server logged an
 * ERROR with a stack trace, which anyone could fill the log with through the sign-up form.
 *
 * <p>Reading the parameters here consumes the body, which the pages' filters and controllers would
 * do anyway; {@code /xapi} is left out because the LRS reads its alternate request syntax itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class FormBodyCheckFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    FormBodyCheckFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || request.getRequestURI().startsWith("/xapi")) {
            return true;
        }
        try {
            return !MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return true; // ContentTypeCheckFilter answers it
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            // Tomcat's InvalidParameterException; the type is the servlet API's, not Tomcat's.
            EarlyProblems.refuse(response, json, HttpStatus.BAD_REQUEST, "Invalid form body", "body",
                    "is not form data this server can read (percent-encoded UTF-8, within the parameter limit)");
            return;
        }
        chain.doFilter(request, response);
    }
}
