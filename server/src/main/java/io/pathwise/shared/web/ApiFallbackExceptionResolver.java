package io.pathwise.shared.web;

import io.pathwise.shared.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers API requests that fail before any controller is chosen (no endpoint at the path: 404;
 * a method or media type the endpoint does not take: 405, 406, 415) with a problem document.
 * {@link ApiExceptionHandler} covers failures inside API controllers, but it is bound to them, so
 * without this these would get the servlet container's error JSON.
 */
@Component
class ApiFallbackExceptionResolver implements HandlerExceptionResolver, Ordered {

    private final JsonMapper json;

    ApiFallbackExceptionResolver(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (handler instanceof HandlerMethod || !request.getRequestURI().startsWith("/api/")
                || !(e instanceof ErrorResponse error) || response.isCommitted()) {
            return null;
        }
        String detail = e instanceof NoResourceFoundException
                ? "No endpoint answers " + request.getMethod() + " " + request.getRequestURI() + "."
                : error.getBody().getDetail();
        try {
            response.setStatus(error.getStatusCode().value());
            error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), ProblemResponses.problem(error.getStatusCode(),
                    error.getBody().getTitle(), detail, List.of()));
            return new ModelAndView();
        } catch (IOException writeFailed) {
            return null;
        }
    }

    /** Before Spring MVC's own resolvers, which would send the container's error page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
