package io.pathwise.pathways.engine;

import java.util.List;
import java.util.Set;

/**
 * The sentences a learner reads with each recommendation: what the learner has done (mastered
 * prerequisites, recent record, signals) and why this activity follows from it, in plain words.
 */
final class Reasons {

    /** Prerequisites named in full; more are counted ("A, B, C and 2 more skills"). */
    private static final int NAMED = 3;

    private final SignalRules rules;

    Reasons(SignalRules rules) {
        this.rules = rules;
    }

    /**
     * "You have mastered Equivalent fractions; Adding unlike fractions builds on it; 3 of your last 5
     * answers were right."
     */
    String learn(String skill, List<String> masteredPrerequisites, List<Answer> answers) {
        String start = masteredPrerequisites.isEmpty()
                ? skill + " needs no earlier skill, so you can start it now"
                : "You have mastered " + names(masteredPrerequisites) + "; " + skill + " builds on "
                        + (masteredPrerequisites.size() == 1 ? "it" : "them");
        return start + "; " + record(answers) + ".";
    }

    /** "You mastered Equivalent fractions and it is due for review: ..." */
    String review(String skill, double retrievability) {
        return "You mastered " + skill + " and it is due for review: you would now remember it about "
                + percent(retrievability) + " of the time, and a short practice keeps it fresh.";
    }

    /**
     * The signals, then what the recommended activity does about them: "Your last 3 answers on
     * Adding unlike fractions were wrong; this easier step builds up to it."
     */
    String support(String skill, Set<Signal> signals, List<Answer> answers, RecommendationKind kind) {
        StringBuilder text = new StringBuilder();
        String on = " on " + skill;
        for (Signal signal : new Signal[] {Signal.WRONG_ANSWERS, Signal.HEAVY_HINT_USE, Signal.RAPID_GUESSING}) {
            if (!signals.contains(signal)) {
                continue;
            }
            text.append(text.length() == 0 ? "" : "; ").append(phrase(signal, answers, on));
            on = "";
        }
        String remedy = switch (kind) {
            case EASIER_STEP -> "this easier step builds up to it";
            case WORKED_EXAMPLE -> "this worked example shows how to solve it, step by step";
            default -> "this is the easiest activity on it";
        };
        text.append("; ").append(remedy).append('.');
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return text.toString();
    }

    private String phrase(Signal signal, List<Answer> answers, String on) {
        int seen = rules.seen(answers);
        return switch (signal) {
            case WRONG_ANSWERS -> "your last " + rules.wrongInARow(answers) + " answers" + on + " were wrong";
            case HEAVY_HINT_USE -> "you used hints on " + rules.hinted(answers) + " of your last " + seen + " answers"
                    + on;
            case RAPID_GUESSING -> rules.rapidGuesses(answers) + " of your last " + seen + " answers" + on
                    + " came much faster than the question takes to work out";
        };
    }

    /** "3 of your last 5 answers were right", or that the learner has not practised yet. */
    private String record(List<Answer> answers) {
        int seen = rules.seen(answers);
        if (seen == 0) {
            return "you have not practised it yet";
        }
        boolean lastRight = answers.get(answers.size() - 1).correct();
        if (seen == 1) {
            return "your last answer was " + (lastRight ? "right" : "wrong");
        }
        return rules.right(answers) + " of your last " + seen + " answers were right";
    }

    private static String names(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() > NAMED) {
            return String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more skills";
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String percent(double probability) {
        return Math.round(probability * 100) + "%";
    }
}
