package io.pathwise.identity.security;

import io.pathwise.shared.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for API callers as problem documents rather than redirects to a sign-in page. */
final class ProblemSecurityResponses {

    private ProblemSecurityResponses() {
    }

    static AuthenticationEntryPoint unauthorized(JsonMapper json, String realm) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", realm);
            write(json, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "Authentication is required: send a valid bearer token.");
        };
    }

    static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, e) -> write(json, response, HttpStatus.FORBIDDEN, "Forbidden",
                "Your role does not allow this.");
    }

    private static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemResponses.problem(status, title, detail, List.of()));
    }
}
