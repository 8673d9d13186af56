package io.pathwise.shared.web;

import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the problem document for a request that a filter refuses before Spring MVC (and its
 * exception handlers) sees it, in the same format: status, title, detail and one {@code errors}
 * entry naming what was wrong.
 */
final class EarlyProblems {

    private EarlyProblems() {
    }

    static void refuse(HttpServletResponse response, JsonMapper json, HttpStatus status, String title, String field,
            String reason) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemResponses.problem(status, title, field + ": " + reason,
                List.of(new FieldProblem(field, reason))));
    }
}
