package io.pathwise.assessment.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.shared.problem.FieldProblem;
import java.util.List;
import java.util.Set;

/** Helpers for reading test items and finding the problems a test expects, at their lines. */
final class ItemProblems {

    static final Set<String> SKILLS = Set.of("equivalent-fractions", "simplifying-fractions", "fraction-of-an-amount");

    private ItemProblems() {
    }

    static ItemYaml.Result read(String yaml) {
        return ItemYaml.read("assessment/items/bank.yaml", yaml, SKILLS);
    }

    /** The line (from 1) of the first line of {@code text} that contains {@code fragment}. */
    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + fragment);
    }

    /** Asserts a problem in {@code file} at {@code line} whose reason contains every fragment. */
    static void assertProblem(List<FieldProblem> problems, String file, int line, String... reason) {
        assertThat(problems).as("problems").anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(line);
            for (String fragment : reason) {
                assertThat(problem.reason()).contains(fragment);
            }
        });
    }

    static void assertProblem(ItemYaml.Result result, String yaml, String lineFragment, String... reason) {
        assertThat(result.item()).as("an item with problems is not returned").isNull();
        assertProblem(result.problems(), "assessment/items/bank.yaml", lineOf(yaml, lineFragment), reason);
    }
}
