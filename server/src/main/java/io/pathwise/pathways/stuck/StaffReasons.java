package io.pathwise.pathways.stuck;

import io.pathwise.pathways.engine.Answer;
import io.pathwise.pathways.engine.Signal;
import io.pathwise.pathways.engine.SignalRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The signals on a skill in words for the course's staff, from the same counts the learner's own
 * reasons give: "Last 3 answers wrong; hints on 3 of the last 5 answers; 12 answers on it and not
 * mastered."
 */
final class StaffReasons {

    private final SignalRules rules;

    StaffReasons(SignalRules rules) {
        this.rules = rules;
    }

    /**
     * @param answers      the latest answers on the skill, oldest first
     * @param manyAnswers  how many answers the skill has had while it is not mastered, when that many
     *                     is a sign of its own; 0 when it is not
     */
    String of(Set<Signal> signals, List<Answer> answers, int manyAnswers) {
        List<String> parts = new ArrayList<>();
        int seen = rules.seen(answers);
        if (signals.contains(Signal.WRONG_ANSWERS)) {
            parts.add("last " + rules.wrongInARow(answers) + " answers wrong");
        }
        if (signals.contains(Signal.HEAVY_HINT_USE)) {
            parts.add("hints on " + rules.hinted(answers) + " of the last " + seen + " answers");
        }
        if (signals.contains(Signal.RAPID_GUESSING)) {
            parts.add(rules.rapidGuesses(answers) + " of the last " + seen
                    + " answers much faster than the question takes to work out");
        }
        if (manyAnswers > 0) {
            parts.add(manyAnswers + " answers on it and not mastered");
        }
        String text = String.join("; ", parts) + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
