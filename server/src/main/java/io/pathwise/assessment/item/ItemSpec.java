package io.pathwise.assessment.item;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What makes an answer right, per item type. */
public sealed interface ItemSpec {

    /** Single and multiple choice: the options and which of them are correct. */
    record Choice(List<Option> choices, Set<String> correct, boolean shuffle) implements ItemSpec {
    }

    /**
     * A number, given as a number or an expression of the parameters, within an absolute tolerance;
     * when units are given, one of them must follow the number.
     */
    record Numeric(String answer, double tolerance, List<String> units) implements ItemSpec {
    }

    /**
     * Short text: accepted texts and full-match patterns, compared after normalisation; or free text
     * ({@code manual}) that an instructor grades.
     */
    record Text(List<String> answers, List<String> patterns, boolean caseSensitive, boolean manual) implements ItemSpec {
    }

    /** Entries to put in order, listed in the right order. */
    record Ordering(List<Option> order) implements ItemSpec {
    }

    /** Pairs to match (left to right), plus right-hand distractors that match nothing. */
    record Matching(List<Pair> pairs, List<Option> distractors) implements ItemSpec {
        public record Pair(Option left, Option right) {
        }
    }

    /** Blanks written {@code [[id]]} in the prompt, each with accepted texts or a numeric answer. */
    record Blanks(Map<String, Blank> blanks) implements ItemSpec {
        /** Accepted texts, or (when {@code numeric} is set) a number or expression within a tolerance. */
        public record Blank(List<String> answers, String numeric, double tolerance) {
        }
    }
}
