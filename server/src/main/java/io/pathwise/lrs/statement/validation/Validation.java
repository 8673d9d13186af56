package io.pathwise.lrs.statement.validation;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * One validation run: the xAPI version whose rules apply and the problems found so far. The list
 * is only created on the first problem, so a valid statement allocates nothing here.
 */
final class Validation {

    final XapiVersion version;
    private List<FieldProblem> problems;

    Validation(XapiVersion version) {
        this.version = version;
    }

    void problem(FieldPath at, String reason) {
        if (problems == null) {
            problems = new ArrayList<>(4);
        }
        problems.add(new FieldProblem(at.toString(), reason));
    }

    boolean isV2() {
        return version == XapiVersion.V2_0_0;
    }

    List<FieldProblem> problems() {
        return problems == null ? List.of() : List.copyOf(problems);
    }
}
