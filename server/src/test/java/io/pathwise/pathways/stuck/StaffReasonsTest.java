package io.pathwise.pathways.stuck;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.pathways.engine.Answer;
import io.pathwise.pathways.engine.Signal;
import io.pathwise.pathways.engine.SignalRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The signs on a skill in words for staff: each from the answers' own counts, joined in a fixed order. */
class StaffReasonsTest {

    private final StaffReasons reasons = new StaffReasons(SignalRules.DEFAULT);

    @Test
    void everySignIsNamedWithItsCountsInOneSentence() {
        List<Answer> answers = List.of(new Answer(true, 30, 60, 1), new Answer(false, 5, 60, 2),
                new Answer(false, 4, 60, 0), new Answer(false, 50, 60, 1), new Answer(false, 60, 60, 0));
        Set<Signal> signals = SignalRules.DEFAULT.detect(answers);
        assertThat(signals).containsExactlyInAnyOrder(Signal.WRONG_ANSWERS, Signal.HEAVY_HINT_USE, Signal.RAPID_GUESSING);

        assertThat(reasons.of(signals, answers, 12)).isEqualTo("Last 4 answers wrong; hints on 3 of the last 5 answers; "
                + "2 of the last 5 answers much faster than the question takes to work out; "
                + "12 answers on it and not mastered.");
    }

    @Test
    void manyAnswersAloneStartTheSentence() {
        List<Answer> answers = List.of(new Answer(false, 0, 0, 0), new Answer(true, 0, 0, 0));

        assertThat(reasons.of(Set.of(), answers, 10)).isEqualTo("10 answers on it and not mastered.");
    }
}
