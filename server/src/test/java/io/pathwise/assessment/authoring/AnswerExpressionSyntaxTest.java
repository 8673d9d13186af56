package io.pathwise.assessment.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Answer expressions: numbers, declared parameters, + - * / and parentheses, and nothing else. */
class AnswerExpressionSyntaxTest {

    private static final Set<String> AB = Set.of("a", "b");

    @Test
    void numbersParametersOperatorsAndParenthesesAreAccepted() {
        assertThat(ExpressionSyntax.check("12", AB)).isEmpty();
        assertThat(ExpressionSyntax.check("7/2", AB)).isEmpty();
        assertThat(ExpressionSyntax.check("-(a + 2) * b / 3.5", AB)).isEmpty();
        assertThat(ExpressionSyntax.check(" .25 + -a ", AB)).isEmpty();
    }

    @Test
    void eachMalformedExpressionIsRefusedWithItsReason() {
        assertThat(ExpressionSyntax.check("a +", AB)).hasValueSatisfying(reason -> assertThat(reason).contains("ends where"));
        assertThat(ExpressionSyntax.check("2..5", AB)).hasValueSatisfying(reason -> assertThat(reason).contains("malformed number"));
        assertThat(ExpressionSyntax.check("a ^ 2", AB)).hasValueSatisfying(reason -> assertThat(reason).contains("unexpected '^'"));
        assertThat(ExpressionSyntax.check("(a", AB)).hasValueSatisfying(reason -> assertThat(reason).contains("never closed"));
        assertThat(ExpressionSyntax.check("a * c", AB)).hasValueSatisfying(reason -> assertThat(reason).contains("'c'"));
        assertThat(ExpressionSyntax.check(" ", AB)).hasValue("is empty");
        assertThat(ExpressionSyntax.check("1+".repeat(100) + "1", AB)).hasValueSatisfying(reason -> assertThat(reason).contains("longer"));
    }
}
