package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quiz of the grade book benchmark: five auto-graded items of the exam course (one of each of
 * five types) and one free-text item ({@code short-text} with {@code manual: true}) that waits in
 * the grading queue until an instructor grades it. Every learner answers the five right and writes
 * a sentence of their own, so a submitted attempt scores 5 of 6 and is AWAITING_GRADING, and 6 of
 * 6, GRADED, once the free-text answer gets a score of 1.
 */
final class GradingQuiz {

    static final String QUIZ_KEY = ExamCourse.quizKey(1);
    static final String FREE_TEXT_KEY = "explain-half";
    private static final List<String> AUTO_GRADED = List.of("half", "numerator", "sizes", "capitals", "pi");

    static final List<ExamCourse.Item> ITEMS = items();

    private GradingQuiz() {
    }

    private static List<ExamCourse.Item> items() {
        List<ExamCourse.Item> items = new ArrayList<>();
        for (String key : AUTO_GRADED) {
            items.add(ExamCourse.ITEMS.stream().filter(item -> item.key().equals(key)).findFirst().orElseThrow());
        }
        // The free-text item's answers are placeholders: an instructor gives its credit.
        ExamCourse.Answer text = new ExamCourse.Answer("{\"text\":\"Two quarters make a half.\"}", 0);
        items.add(new ExamCourse.Item(FREE_TEXT_KEY, "short-text", """
                skills: [numbers]
                prompt: Explain in your own words why 2/4 is equal to 1/2.
                manual: true
                """, text, null, text));
        return List.copyOf(items);
    }

    /** The auto-graded items' score of every submission (all right); the free-text item scores 0 until graded. */
    static double autoScore() {
        return AUTO_GRADED.size();
    }

    static int maxScore() {
        return ITEMS.size();
    }

    /** The course package: one unit, one graded quiz ({@link #QUIZ_KEY}) asking {@link #ITEMS}. */
    static byte[] coursePackage(String slug) {
        return new ExamCourse(slug, 1, ITEMS).zip();
    }

    /**
     * Learner {@code index}'s submission: every auto-graded item right, and a free-text answer of
     * their own (a different text per learner, as in a real class): one sentence of about 120
     * characters, repeated up to {@code answerChars} when that is more (an essay question's answers).
     */
    static byte[] submission(int index, int answerChars) {
        StringBuilder answers = new StringBuilder("{");
        StringBuilder activity = new StringBuilder("{");
        for (ExamCourse.Item item : ITEMS) {
            String name = Json.string(item.key());
            String answer = item.key().equals(FREE_TEXT_KEY)
                    ? "{\"text\":" + Json.string(freeText(index, answerChars)) + "}" : item.right().json();
            answers.append(answers.length() == 1 ? "" : ",").append(name).append(':').append(answer);
            activity.append(activity.length() == 1 ? "" : ",").append(name)
                    .append(":{\"hintsUsed\":0,\"seconds\":").append(10 + index % 50).append(",\"attempts\":1}");
        }
        String json = "{\"idempotencyKey\":" + Json.string(String.format(Locale.ROOT, "gradebook-%06d", index))
                + ",\"answers\":" + answers + "},\"items\":" + activity + "},\"answeredAt\":"
                + Json.string(Instant.now().toString()) + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static String freeText(int index, int answerChars) {
        String sentence = "Learner " + (index + 1) + ": if you cut a cake in four and take two pieces, you have as much as "
                + "when you cut it in two and take one.";
        StringBuilder text = new StringBuilder(sentence);
        while (text.length() + 1 + sentence.length() <= answerChars) {
            text.append(' ').append(sentence);
        }
        return text.toString();
    }
}
