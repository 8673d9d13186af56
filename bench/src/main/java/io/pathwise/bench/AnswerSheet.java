package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * One learner's submission to an exam quiz: for each of the 20 items a right, partly right or
 * wrong answer (60 / 20 / 20 %, drawn from the learner's own seed; an item without partial credit
 * gets a wrong answer instead), the per-item activity the player reports, the idempotency key,
 * and the score and pass the answers deserve, computed here exactly as the server grades
 * (each item's credit rounded to 4 decimals, summed, rounded again; pass at
 * {@link ExamCourse#PASSING_SCORE}).
 * The body is built once: every retry sends these same bytes.
 */
final class AnswerSheet {

    private final byte[] body;
    private final String idempotencyKey;
    private final double expectedScore;
    private final boolean expectedPass;
    private final int right;
    private final boolean roundingDrift;

    private AnswerSheet(byte[] body, String idempotencyKey, double expectedScore, boolean expectedPass, int right,
            boolean roundingDrift) {
        this.body = body;
        this.idempotencyKey = idempotencyKey;
        this.expectedScore = expectedScore;
        this.expectedPass = expectedPass;
        this.right = right;
        this.roundingDrift = roundingDrift;
    }

    /**
     * @param seed the learner's seed for this burst (answers and key differ per burst)
     * @param answeredAt the device's clock when the learner pressed submit
     */
    static AnswerSheet draw(long seed, String keyPrefix, Instant answeredAt) {
        SplittableRandom random = new SplittableRandom(seed);
        String key = keyPrefix + "-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        StringBuilder answers = new StringBuilder("{");
        StringBuilder items = new StringBuilder("{");
        double score = 0;
        double exact = 0;
        int right = 0;
        for (ExamCourse.Item item : ExamCourse.ITEMS) {
            double roll = random.nextDouble();
            ExamCourse.Answer answer = roll < 0.6 ? item.right()
                    : roll < 0.8 && item.partial() != null ? item.partial() : item.wrong();
            // As the server grades: each item's credit rounded to 4 decimals (half up), then summed.
            score += round(answer.credit());
            exact += answer.credit();
            right += answer == item.right() ? 1 : 0;
            String name = Json.string(item.key());
            answers.append(answers.length() == 1 ? "" : ",").append(name).append(':').append(answer.json());
            items.append(items.length() == 1 ? "" : ",").append(name).append(":{\"hintsUsed\":")
                    .append(random.nextInt(10) == 0 ? 1 : 0).append(",\"seconds\":").append(5 + random.nextInt(85))
                    .append(",\"attempts\":1}");
        }
        answers.append('}');
        items.append('}');
        double rounded = round(score);
        double max = ExamCourse.ITEMS.size();
        boolean pass = rounded / max >= ExamCourse.PASSING_SCORE - 1e-9;
        String json = "{\"idempotencyKey\":" + Json.string(key) + ",\"answers\":" + answers + ",\"items\":" + items
                + ",\"answeredAt\":" + Json.string(answeredAt.toString()) + "}";
        return new AnswerSheet(json.getBytes(StandardCharsets.UTF_8), key, rounded, pass, right,
                Math.abs(round(exact) - rounded) > 1e-9);
    }

    /** To 4 decimals, half up, as the server's ItemGrader and AttemptScore round. */
    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    byte[] body() {
        return body;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    double expectedScore() {
        return expectedScore;
    }

    boolean expectedPass() {
        return expectedPass;
    }

    /** Items answered fully right. */
    int right() {
        return right;
    }

    /**
     * Whether the score the server gives (item credits rounded before they are summed) differs from
     * the exact sum of the credits rounded once, e.g. 13.0001 for three items at 2/3 plus 11.
     */
    boolean roundingDrift() {
        return roundingDrift;
    }

    /** Whether a score the server reports is the one these answers deserve. */
    boolean deserves(double score) {
        return Math.abs(score - expectedScore) < 1e-6;
    }
}
