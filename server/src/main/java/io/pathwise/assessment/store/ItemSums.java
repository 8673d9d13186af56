package io.pathwise.assessment.store;

/**
 * One item's graded responses to a quiz, summed by the database: item statistics need only these
 * sums, so a quiz of 2,000 learners and 20 items sends 20 rows to the server instead of 40,000.
 * {@code rest} is the rest of each response's attempt score (the attempt's total minus this item's
 * score), the second variable of the item's discrimination.
 */
public record ItemSums(String itemKey, long responses, long answered, long fullyRight, double score,
        double scoreSquared, long seconds, long hints, double rest, double restSquared, double scoreTimesRest) {
}
