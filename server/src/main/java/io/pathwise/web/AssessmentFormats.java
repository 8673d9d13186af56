package io.pathwise.web;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.QuizResults;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Scores, shares, times and verdicts of the assessment pages in words, for templates as
 * {@code @assessmentFormats}. Templates cannot format numbers and instants this way themselves
 * (Thymeleaf refuses calls on java.* objects), and every page should say them alike.
 */
@Component("assessmentFormats")
public class AssessmentFormats {

    /** Full credit, give or take the rounding of stored scores. */
    private static final double FULL = 1 - 1e-9;

    /** A score out of its maximum with the percentage, such as "4.67 / 7 (67%)"; a dash without one. */
    public String score(Double score, Double maxScore) {
        if (score == null || maxScore == null) {
            return "—";
        }
        String text = decimal(score) + " / " + decimal(maxScore);
        return maxScore > 0 ? text + " (" + share(score / maxScore) + ")" : text;
    }

    /** A share from 0 to 1 as a whole percentage, such as "67%". */
    public String share(double share) {
        return Math.round(share * 100) + "%";
    }

    /** A number with at most two decimals, without trailing zeros: "7", "4.67", "0.5". */
    public String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** An instant in the viewer's zone (their formatter, from {@link Viewers}); empty for none. */
    public String time(Instant instant, DateTimeFormatter times) {
        return instant == null ? "" : times.format(instant);
    }

    /** Where an attempt is, for the learner and the staff alike. */
    public String status(AttemptStatus status) {
        return switch (status) {
            case OPEN -> "In progress";
            case AWAITING_GRADING -> "Waiting for grading";
            case GRADED -> "Graded";
        };
    }

    /** Yes, No, or a dash while it is not decided (open, or free-text answers waiting). */
    public String passed(Boolean passed) {
        return passed == null ? "—" : passed ? "Yes" : "No";
    }

    /** An item's verdict in words; never by colour alone. */
    public String verdict(QuizResults.Item item) {
        if (item.withdrawn()) {
            return "Withdrawn: this question no longer counts";
        }
        if (item.awaitingGrade()) {
            return "Waiting for your instructor's grade";
        }
        if (item.unanswered()) {
            return "Not answered";
        }
        if (item.score() >= FULL) {
            return "Right";
        }
        return item.score() > 0 ? "Partly right (" + decimal(item.score()) + " of 1)" : "Wrong";
    }

    /** A discrimination index as a number with two decimals, or a dash when there is none yet. */
    public String discrimination(Double value) {
        return value == null ? "—" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * What a discrimination index says about the item: nothing for a usable one, "low" below 0.2
     * and a warning below 0, the usual thresholds of classical test theory.
     */
    public String discriminationNote(Double value) {
        if (value == null || value >= 0.2) {
            return "";
        }
        return value < 0 ? "negative: check the answer key and the wording" : "low";
    }
}
