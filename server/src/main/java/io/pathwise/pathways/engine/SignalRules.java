package io.pathwise.pathways.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When recent answers on a skill show a {@link Signal}. Only the last {@code window} answers are
 * read, so a learner who struggled long ago is not held back by it.
 *
 * <ul>
 * <li>{@link Signal#RAPID_GUESSING}: at least {@code rapidGuesses} of the window's answers took
 *     less than {@code rapidShare} of the item's typical time. In the spirit of the
 *     normative-threshold method of Wise &amp; Ma (2012): a fixed share of an item's usual time
 *     below which it cannot have been read and worked out. Answers with no typical time are not
 *     judged.</li>
 * <li>{@link Signal#HEAVY_HINT_USE}: at least {@code hintedAnswers} of the window's answers used a
 *     hint.</li>
 * <li>{@link Signal#WRONG_ANSWERS}: the last {@code wrongRun} answers were all wrong.</li>
 * </ul>
 *
 * @param window        how many recent answers are read, 1 or more
 * @param wrongRun      wrong answers in a row that make a signal, 1 to {@code window}
 * @param rapidShare    share of the typical time below which an answer is a rapid guess, 0 to 1
 * @param rapidGuesses  rapid guesses in the window that make a signal, 1 to {@code window}
 * @param hintedAnswers answers with hints in the window that make a signal, 1 to {@code window}
 */
public record SignalRules(int window, int wrongRun, double rapidShare, int rapidGuesses, int hintedAnswers) {

    /** Last 5 answers; 3 wrong in a row; 2 under a fifth of the typical time; 3 with hints. */
    public static final SignalRules DEFAULT = new SignalRules(5, 3, 0.2, 2, 3);

    public SignalRules {
        if (window < 1) {
            throw new IllegalArgumentException("window must be 1 or more, was " + window);
        }
        within("wrongRun", wrongRun, window);
        within("rapidGuesses", rapidGuesses, window);
        within("hintedAnswers", hintedAnswers, window);
        if (!(rapidShare >= 0 && rapidShare <= 1)) {
            throw new IllegalArgumentException("rapidShare must be from 0 to 1, was " + rapidShare);
        }
    }

    /** The signals that {@code answers} (oldest first) show; empty when none. */
    public Set<Signal> detect(List<Answer> answers) {
        if (answers.isEmpty()) {
            return Set.of();
        }
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (rapidGuesses(answers) >= rapidGuesses) {
            signals.add(Signal.RAPID_GUESSING);
        }
        if (hinted(answers) >= hintedAnswers) {
            signals.add(Signal.HEAVY_HINT_USE);
        }
        if (wrongInARow(answers) >= wrongRun) {
            signals.add(Signal.WRONG_ANSWERS);
        }
        return signals;
    }

    /** How many of the answers the window reads: the last {@code window}, or all when fewer. */
    public int seen(List<Answer> answers) {
        return Math.min(window, answers.size());
    }

    /** Right answers among the window's. */
    public int right(List<Answer> answers) {
        int right = 0;
        for (int i = answers.size() - seen(answers); i < answers.size(); i++) {
            right += answers.get(i).correct() ? 1 : 0;
        }
        return right;
    }

    /** Rapid guesses among the window's answers. */
    public int rapidGuesses(List<Answer> answers) {
        int rapid = 0;
        for (int i = answers.size() - seen(answers); i < answers.size(); i++) {
            Answer answer = answers.get(i);
            if (answer.typicalSeconds() > 0 && answer.seconds() < rapidShare * answer.typicalSeconds()) {
                rapid++;
            }
        }
        return rapid;
    }

    /** Answers with at least one hint among the window's. */
    public int hinted(List<Answer> answers) {
        int hinted = 0;
        for (int i = answers.size() - seen(answers); i < answers.size(); i++) {
            hinted += answers.get(i).hintsUsed() > 0 ? 1 : 0;
        }
        return hinted;
    }

    /** Wrong answers at the end, in a row (counted within the window). */
    public int wrongInARow(List<Answer> answers) {
        int wrong = 0;
        for (int i = answers.size() - 1; i >= answers.size() - seen(answers) && !answers.get(i).correct(); i--) {
            wrong++;
        }
        return wrong;
    }

    private static void within(String name, int value, int window) {
        if (value < 1 || value > window) {
            throw new IllegalArgumentException(name + " must be from 1 to the window (" + window + "), was " + value);
        }
    }
}
