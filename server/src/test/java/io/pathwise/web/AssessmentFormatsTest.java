package io.pathwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.assessment.QuizResults;
import org.junit.jupiter.api.Test;

/** How the assessment pages say scores, shares, verdicts and discrimination. */
class AssessmentFormatsTest {

    private final AssessmentFormats formats = new AssessmentFormats();

    @Test
    void scoresShowAtMostTwoDecimalsAndTheirPercentage() {
        assertThat(formats.score(4 + 2.0 / 3, 7.0)).isEqualTo("4.67 / 7 (67%)");
        assertThat(formats.score(0.5, 1.0)).isEqualTo("0.5 / 1 (50%)");
        assertThat(formats.score(0.0, 0.0)).isEqualTo("0 / 0");
        assertThat(formats.score(null, 7.0)).isEqualTo("—");
    }

    @Test
    void verdictsAreWords() {
        assertThat(formats.verdict(item("GRADED", 1))).isEqualTo("Right");
        assertThat(formats.verdict(item("GRADED", 0.6667))).isEqualTo("Partly right (0.67 of 1)");
        assertThat(formats.verdict(item("GRADED", 0))).isEqualTo("Wrong");
        assertThat(formats.verdict(item("UNANSWERED", 0))).isEqualTo("Not answered");
        assertThat(formats.verdict(item("AWAITING_MANUAL", 0))).isEqualTo("Waiting for your instructor's grade");
        assertThat(formats.verdict(item("WITHDRAWN", 0))).startsWith("Withdrawn");
    }

    @Test
    void lowAndNegativeDiscriminationIsFlaggedInWords() {
        assertThat(formats.discrimination(null)).isEqualTo("—");
        assertThat(formats.discrimination(0.4)).isEqualTo("0.40");
        assertThat(formats.discriminationNote(0.4)).isEmpty();
        assertThat(formats.discriminationNote(0.1)).isEqualTo("low");
        assertThat(formats.discriminationNote(-0.3)).startsWith("negative");
    }

    private static QuizResults.Item item(String status, double score) {
        return new QuizResults.Item(1, "k", "numeric", "<p>?</p>", status, score, score >= 1, null, null, null, null, null);
    }
}
