package io.pathwise.shared.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem documents with Pathwise's {@code errors} extension. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String title, String detail,
            List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (!problems.isEmpty()) {
            problem.setProperty("errors", problems.stream().map(ProblemResponses::asMap).toList());
        }
        return problem;
    }

    private static Map<String, Object> asMap(FieldProblem problem) {
        return problem.line() == null
                ? Map.of("field", problem.field(), "reason", problem.reason())
                : Map.of("field", problem.field(), "line", problem.line(), "reason", problem.reason());
    }
}
