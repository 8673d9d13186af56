package io.pathwise.assessment.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.store.ResponseRow;
import io.pathwise.assessment.store.ResponseRow.ResponseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AttemptScoreTest {

    private static final UUID ATTEMPT = UUID.randomUUID();

    @Test
    void aLearnerExactlyAtThePassMarkPassesDespiteCreditsRoundedPerItem() {
        // 11 right and 3 thirds (0.3333 each) of 20 items: exactly 12/20 = 60 %, stored as 11.9999.
        List<ResponseRow> responses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double score = i < 11 ? 1 : i < 14 ? 0.3333 : 0;
            responses.add(row(i, score, ResponseStatus.GRADED));
        }

        AttemptScore result = AttemptScore.of(responses, 0.6);

        assertThat(result.score()).isEqualTo(11.9999);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void aLearnerClearlyBelowThePassMarkFails() {
        List<ResponseRow> responses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            responses.add(row(i, i < 11 ? 1 : 0.3333 * (i < 13 ? 1 : 0), ResponseStatus.GRADED));
        }

        assertThat(AttemptScore.of(responses, 0.6).passed()).isFalse();
    }

    @Test
    void anAnswerWaitingForTheInstructorLeavesTheGradeOpenAndWithdrawnItemsDoNotCount() {
        List<ResponseRow> responses = List.of(row(0, 1, ResponseStatus.GRADED), row(1, 0, ResponseStatus.AWAITING_MANUAL),
                row(2, 0, ResponseStatus.WITHDRAWN));

        AttemptScore result = AttemptScore.of(responses, 0.5);

        assertThat(result.status()).isEqualTo(AttemptStatus.AWAITING_GRADING);
        assertThat(result.passed()).isNull();
        assertThat(result.maxScore()).isEqualTo(2.0);
    }

    private static ResponseRow row(int position, double score, ResponseStatus status) {
        return new ResponseRow(ATTEMPT, position, UUID.randomUUID(), "item-" + position, "{}", status, score, 0, 0, 1, null,
                null, null);
    }
}
