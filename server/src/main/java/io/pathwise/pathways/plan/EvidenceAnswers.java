package io.pathwise.pathways.plan;

import io.pathwise.mastery.RecentAnswer;
import io.pathwise.pathways.engine.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The learner model's answers as the signal rules read them. */
public final class EvidenceAnswers {

    private EvidenceAnswers() {
    }

    /**
     * The answers oldest first, as the engine reads them, from the learner model's newest first.
     * Without its duration, or without a typical time for its activity, an answer cannot be judged
     * for rapid guessing (typical time 0 means "not judged").
     *
     * @param typical typical seconds by activity IRI ({@code MasteryApi.typicalSeconds})
     */
    public static List<Answer> oldestFirst(List<RecentAnswer> newestFirst, Map<String, Double> typical) {
        List<Answer> answers = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            RecentAnswer answer = newestFirst.get(i);
            Double usual = typical.get(answer.activityIri());
            boolean timed = answer.seconds() != null && usual != null;
            answers.add(new Answer(answer.correct(), timed ? answer.seconds() : 0, timed ? usual : 0,
                    answer.hintsUsed() == null ? 0 : answer.hintsUsed()));
        }
        return answers;
    }
}
