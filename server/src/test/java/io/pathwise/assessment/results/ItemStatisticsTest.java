package io.pathwise.assessment.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.assessment.store.ResponseFigures;
import io.pathwise.assessment.store.ResponseRow.ResponseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The grade book's item figures on a small quiz worked out by hand: six attempts at items a, b and
 * c. The expected discriminations are Pearson correlations of each item's score with the rest of
 * the attempt's score, computed apart from this code (Python, four decimals).
 */
class ItemStatisticsTest {

    /** Scores of a, b and c per attempt; attempt 6 earned half credit on b. */
    private static final double[][] SCORES = {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 0}, {1, 0.5, 1}};

    private final List<UUID> attempts = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Test
    void figuresCountGradedResponsesAndDiscriminationIsTheCorrelationWithTheRestOfTheAttempt() {
        List<ResponseFigures> responses = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            responses.add(graded(attempts.get(i), "a", SCORES[i][0], 10 * (i + 1), i % 2));
            // Attempt 5 left b blank: it counts as a response with no credit, not as an answer.
            responses.add(i == 4 ? new ResponseFigures(attempts.get(i), "b", ResponseStatus.UNANSWERED, 0, 5, 0, false)
                    : graded(attempts.get(i), "b", SCORES[i][1], 5, 0));
            responses.add(graded(attempts.get(i), "c", SCORES[i][2], 5, 0));
            // A withdrawn item counts nowhere: not as an item, not in the attempt's total.
            responses.add(new ResponseFigures(attempts.get(i), "withdrawn", ResponseStatus.WITHDRAWN, 1, 5, 0, true));
        }
        // A free-text answer still waiting for its grade is left out until it is graded.
        UUID waiting = UUID.randomUUID();
        responses.add(new ResponseFigures(waiting, "c", ResponseStatus.AWAITING_MANUAL, 0, 5, 0, true));

        List<ItemStatistics.Item> items = ItemStatistics.of(responses);

        assertThat(items).extracting(ItemStatistics.Item::itemKey).containsExactly("a", "b", "c");
        assertThat(items.get(0)).isEqualTo(new ItemStatistics.Item("a", 6, 6, 0.6667, 0.6667, 35, 0.5, 0.4029));
        assertThat(items.get(1)).isEqualTo(new ItemStatistics.Item("b", 6, 5, 0.5833, 0.5, 5, 0, 0.2274));
        assertThat(items.get(2)).isEqualTo(new ItemStatistics.Item("c", 6, 6, 0.3333, 0.3333, 5, 0, 0.5108));
    }

    @Test
    void discriminationIsLeftOutBelowFiveResponsesAndWhenEveryScoreIsTheSame() {
        List<ResponseFigures> responses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            responses.add(graded(attempts.get(i), "everyone-right", 1, 5, 0));
            responses.add(graded(attempts.get(i), "varied", SCORES[i][0], 5, 0));
            if (i < 4) {
                responses.add(graded(attempts.get(i), "four-answers", SCORES[i][1], 5, 0));
            }
        }

        List<ItemStatistics.Item> items = ItemStatistics.of(responses);

        assertThat(items).extracting(ItemStatistics.Item::itemKey).containsExactly("everyone-right", "varied", "four-answers");
        assertThat(items.get(0).discrimination()).as("no variance in the item's score").isNull();
        assertThat(items.get(2).discrimination()).as("four responses").isNull();
        assertThat(items.get(1).discrimination()).isNotNull();
    }

    private static ResponseFigures graded(UUID attempt, String item, double score, int seconds, int hints) {
        return new ResponseFigures(attempt, item, ResponseStatus.GRADED, score, seconds, hints, true);
    }
}
