package io.pathwise.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A multipart/form-data body that cannot be parsed (a part without headers, a body cut short, a
 * file name holding NUL) gets 400 naming the body, on the API and on upload pages alike. Spring
 * parses the body before it chooses a controller, so neither the API's nor the pages' exception
 * handlers see the failure, and without this it became a 500 with a stack trace in the log. An
 * upload over the size limit is answered elsewhere, with 413.
 */
@Component
class MalformedMultipartResolver implements HandlerExceptionResolver, Ordered {

    private final JsonMapper json;

    MalformedMultipartResolver(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (!(e instanceof MultipartException) || e instanceof MaxUploadSizeExceededException || response.isCommitted()) {
            return null;
        }
        try {
            EarlyProblems.refuse(response, json, HttpStatus.BAD_REQUEST, "Invalid request body", "body",
                    "is not a well-formed multipart/form-data body");
            return new ModelAndView();
        } catch (IOException writeFailed) {
            return null;
        }
    }

    /** Before Spring MVC's own resolvers, which would pass it on as a server error. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
