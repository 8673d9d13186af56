package io.pathwise.catalog.packaging;

import io.pathwise.shared.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem found in a package, each with its file and line. */
public final class PackageProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public void add(String file, Integer line, String reason) {
        problems.add(new FieldProblem(file, reason, line));
    }

    public void add(String file, Node node, String reason) {
        add(file, node == null ? null : node.getStartMark().getLine() + 1, reason);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }
}
