package io.pathwise.shared.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on, answered as {@code application/problem+json} with the given
 * status, a title, a detail sentence and, where input was at fault, one entry per field.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldProblem> problems;

    public ApiException(HttpStatus status, String title, String detail, List<FieldProblem> problems) {
        super(detail);
        this.status = status;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public ApiException(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** 404: the thing does not exist, or exists in a tenant the caller may not see. */
    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", what + " was not found.");
    }

    /** 400 for one bad field. */
    public static ApiException badField(String field, String reason) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request",
                field + ": " + reason, List.of(new FieldProblem(field, reason)));
    }

    /** 422: the request is well formed but breaks a rule, listing every problem found. */
    public static ApiException unprocessable(String detail, List<FieldProblem> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Rejected", detail, problems);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail);
    }
}
