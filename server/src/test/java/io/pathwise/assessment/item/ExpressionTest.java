package io.pathwise.assessment.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The arithmetic an author may write in items, and everything else it refuses. */
class ExpressionTest {

    private static final Map<String, Long> AB = Map.of("a", 6L, "b", 4L);

    @Test
    void evaluatesArithmeticWithTheUsualPrecedence() {
        assertThat(Expression.evaluate("1 + 2 * 3", Map.of())).isEqualTo(7);
        assertThat(Expression.evaluate("(1 + 2) * 3", Map.of())).isEqualTo(9);
        assertThat(Expression.evaluate("8 - 3 - 2", Map.of())).isEqualTo(3);
        assertThat(Expression.evaluate("24 / 4 / 2", Map.of())).isEqualTo(3);
    }

    @Test
    void evaluatesDecimalsUnaryMinusAndParameters() {
        assertThat(Expression.evaluate("-a + 2.5 * b", AB)).isEqualTo(4);
        assertThat(Expression.evaluate("-(a - b) * -2", AB)).isEqualTo(4);
        assertThat(Expression.evaluate("a / b", AB)).isEqualTo(1.5);
        assertThat(Expression.evaluate("  a*b  ", AB)).isEqualTo(24);
    }

    @Test
    void reportsTheParameterNamesItUses() {
        assertThat(Expression.parse("x1 * (y_2 + x1) / 3").names()).containsExactlyInAnyOrder("x1", "y_2");
    }

    @Test
    void rejectsAnythingButArithmeticWithTheReasonAndPosition() {
        assertThatThrownBy(() -> Expression.parse("2 ^ 3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected '^' at position 3");
        assertThatThrownBy(() -> Expression.parse("Math.exit(1)")).hasMessageContaining("lowercase");
        assertThatThrownBy(() -> Expression.parse("a b")).hasMessageContaining("unexpected 'b' at position 3");
        assertThatThrownBy(() -> Expression.parse("(1 + 2")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> Expression.parse("1 +")).hasMessageContaining("ends where a number");
        assertThatThrownBy(() -> Expression.parse("1.")).hasMessageContaining("needs digits after its '.'");
        assertThatThrownBy(() -> Expression.parse("+1")).hasMessageContaining("unexpected '+'");
        assertThatThrownBy(() -> Expression.parse("  ")).hasMessageContaining("empty");
    }

    @Test
    void rejectsTextsLongerThanTwoHundredCharacters() {
        String longest = "1" + " + 1".repeat(49) + "   ";
        assertThat(longest).hasSize(Expression.MAX_LENGTH);
        assertThat(Expression.evaluate(longest, Map.of())).isEqualTo(50);

        assertThatThrownBy(() -> Expression.parse(longest + "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than 200");
    }

    @Test
    void refusesToDivideByZero() {
        assertThatThrownBy(() -> Expression.evaluate("a / (b - 4)", AB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("division by zero");
    }

    @Test
    void refusesAResultTooLargeToBeFinite() {
        String huge = "a" + " * a".repeat(35);
        assertThatThrownBy(() -> Expression.evaluate(huge, Map.of("a", 1_000_000_000L)))
                .hasMessageContaining("too large");
    }

    @Test
    void refusesAParameterWithoutValue() {
        assertThatThrownBy(() -> Expression.evaluate("a * c", AB)).hasMessageContaining("no value for parameter 'c'");
    }

    @Test
    void checkAcceptsAValidExpressionOfKnownParameters() {
        assertThat(Expression.check("a * (b + 1) / 2", Set.of("a", "b"))).isEmpty();
    }

    @Test
    void checkNamesSyntaxErrorsUnknownParametersAndConstantDivisionByZero() {
        assertThat(Expression.check("a *", Set.of("a"))).get().asString().contains("ends where");
        assertThat(Expression.check("a * c", Set.of("a", "b"))).get().asString()
                .contains("unknown parameter 'c'").contains("a, b");
        assertThat(Expression.check("1 / (2 - 2)", Set.of())).get().asString().contains("division by zero");
    }
}
