package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.Expression;
import io.pathwise.assessment.item.ParameterRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Tries an expression of an item's parameters with values attempts can draw, so that one some draws
 * cannot compute ({@code c/(a-b)} when a equals b) is refused when the item is saved rather than
 * failing a learner's attempt. Every combination of the values of the parameters it uses is tried
 * when there are at most {@value #MAX_TRIALS}; otherwise the values where arithmetic tends to fail
 * (each range's ends and the values around zero) in combination, then a fixed sample of draws. The
 * sample is seeded by the expression, so an item gets the same verdict every time it is saved.
 */
final class ExpressionTrials {

    /** Bounds the work per expression: an item may hold thousands of them. */
    static final int MAX_TRIALS = 1_000;
    private static final int SAMPLE = 200;

    private ExpressionTrials() {
    }

    /**
     * Why the expression cannot be computed for some values ("cannot be computed when a = 3, b = 3:
     * division by zero in ..."), or empty when every value tried computes. Every name it uses must
     * have a range.
     */
    static Optional<String> failure(Expression expression, Map<String, ParameterRange> ranges) {
        List<String> names = new ArrayList<>(new TreeSet<>(expression.names()));
        if (names.isEmpty()) {
            return Optional.empty(); // its one value was computed when it was checked
        }
        List<long[]> values = new ArrayList<>();
        long combinations = 1;
        for (String name : names) {
            ParameterRange range = ranges.get(name);
            combinations = Math.min((long) MAX_TRIALS + 1, combinations * ((long) range.max() - range.min() + 1));
        }
        for (String name : names) {
            ParameterRange range = ranges.get(name);
            values.add(combinations <= MAX_TRIALS ? every(range) : notable(range));
        }
        Map<String, Long> assignment = new HashMap<>();
        Optional<String> failure = everyCombination(expression, names, values, assignment);
        if (failure.isPresent() || combinations <= MAX_TRIALS) {
            return failure;
        }
        SplittableRandom random = new SplittableRandom(expression.toString().hashCode());
        for (int trial = 0; trial < SAMPLE; trial++) {
            for (String name : names) {
                ParameterRange range = ranges.get(name);
                assignment.put(name, random.nextLong(range.min(), (long) range.max() + 1));
            }
            failure = attempt(expression, names, assignment);
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }

    /** The combinations of the values, in order (the last name varies fastest), at most {@value #MAX_TRIALS} of them. */
    private static Optional<String> everyCombination(Expression expression, List<String> names, List<long[]> values,
            Map<String, Long> assignment) {
        int[] index = new int[names.size()];
        for (int trial = 0; trial < MAX_TRIALS; trial++) {
            for (int i = 0; i < names.size(); i++) {
                assignment.put(names.get(i), values.get(i)[index[i]]);
            }
            Optional<String> failure = attempt(expression, names, assignment);
            if (failure.isPresent()) {
                return failure;
            }
            int position = names.size() - 1;
            while (position >= 0 && ++index[position] == values.get(position).length) {
                index[position--] = 0;
            }
            if (position < 0) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attempt(Expression expression, List<String> names, Map<String, Long> assignment) {
        try {
            expression.evaluate(assignment);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("cannot be computed when " + names.stream().map(name -> name + " = " + assignment.get(name))
                    .collect(Collectors.joining(", ")) + ": " + e.getMessage());
        }
    }

    private static long[] every(ParameterRange range) {
        long[] values = new long[range.max() - range.min() + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) range.min() + i;
        }
        return values;
    }

    /** The range's ends, the values next to them, and -1, 0 and 1 when inside it. */
    private static long[] notable(ParameterRange range) {
        return new TreeSet<>(List.of((long) range.min(), (long) range.min() + 1, -1L, 0L, 1L, (long) range.max() - 1,
                (long) range.max())).stream().filter(value -> value >= range.min() && value <= range.max())
                .mapToLong(Long::longValue).toArray();
    }
}
