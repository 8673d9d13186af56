package io.pathwise.shared.problem;

/**
 * One thing wrong with the input: where ({@code field}, a JSON path such as {@code members[2].email},
 * or a file name) and why. {@code line} is set for problems found in files.
 */
public record FieldProblem(String field, String reason, Integer line) {

    public FieldProblem(String field, String reason) {
        this(field, reason, null);
    }

    @Override
    public String toString() {
        return line == null ? field + ": " + reason : field + ":" + line + ": " + reason;
    }
}
