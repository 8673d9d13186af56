package io.pathwise.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server's own account of a burst, read through the API as the course's administrator sees
 * it ({@code GET /api/v1/courses/{slug}/gradebook}, every page of it): for the burst's quiz, every learner must
 * have exactly one attempt, GRADED, with the score and pass their answers deserve.
 * <ul>
 * <li><b>lost</b>: learners without a graded attempt (expected − graded);</li>
 * <li><b>counted twice</b>: learners with more than one attempt at the quiz (a second graded
 *     submission would need a second attempt: an attempt is graded once, see the row check);</li>
 * <li><b>wrong score</b>: graded attempts whose score or pass is not what the answers deserve.</li>
 * </ul>
 */
record GradebookCheck(int expected, int graded, int lost, int countedTwice, int wrongScores, Map<String, Long> statuses,
        double seconds, List<String> examples) {

    /** {@code others}: user ids whose attempts are expected besides the burst's (a priming learner). */
    static GradebookCheck of(PathwiseApi api, String adminToken, String courseSlug, String quizKey,
            List<ExamCohort.Learner> learners, java.util.Set<String> others, String[] attempts, AnswerSheet[] sheets)
            throws Exception {
        long start = System.nanoTime();
        List<Object> rows = new java.util.ArrayList<>();
        boolean found = false;
        // A grade book since 7a8cd07 is paged by learner (nextCursor); an older one answers in one page.
        String cursor = null;
        do {
            String path = "/api/v1/courses/" + courseSlug + "/gradebook?limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor);
            PathwiseApi.Response response = api.get(path, adminToken).expect(200, "GET /api/v1/courses/{slug}/gradebook");
            Map<String, Object> book = JsonTree.object(response.json(), "grade book");
            for (Object quiz : JsonTree.array(book.get("quizzes"), "quizzes")) {
                Map<String, Object> q = JsonTree.object(quiz, "quiz");
                if (quizKey.equals(q.get("activityKey"))) {
                    rows.addAll(JsonTree.array(q.get("attempts"), "attempts"));
                    found = true;
                }
            }
            cursor = (String) book.get("nextCursor");
        } while (cursor != null);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!found) {
            throw new IllegalStateException("quiz " + quizKey + " is not in the grade book");
        }
        Map<String, Integer> indexByUser = new HashMap<>();
        learners.forEach(l -> indexByUser.put(l.userId, l.index));
        int[] attemptsOf = new int[learners.size()];
        boolean[] graded = new boolean[learners.size()];
        Map<String, Long> statuses = new TreeMap<>();
        int wrong = 0;
        List<String> examples = new java.util.ArrayList<>();
        for (Object r : rows) {
            Map<String, Object> row = JsonTree.object(r, "attempt row");
            String status = JsonTree.string(row.get("status"), "status");
            String userId = JsonTree.string(row.get("learnerId"), "learnerId");
            if (others.contains(userId)) {
                continue;
            }
            statuses.merge(status, 1L, Long::sum);
            Integer index = indexByUser.get(userId);
            if (index == null) {
                examples.add("attempt of an unknown learner: " + row);
                continue;
            }
            attemptsOf[index]++;
            if (!"GRADED".equals(status)) {
                continue;
            }
            graded[index] = true;
            boolean rightAttempt = attempts[index].equals(row.get("attemptId"));
            boolean rightScore = row.get("score") instanceof Double score && sheets[index].deserves(score)
                    && Boolean.valueOf(sheets[index].expectedPass()).equals(row.get("passed"));
            if (!rightAttempt || !rightScore) {
                wrong++;
                if (examples.size() < 5) {
                    examples.add("learner " + index + ": " + row + " (expected attempt " + attempts[index] + ", score "
                            + sheets[index].expectedScore() + ", passed " + sheets[index].expectedPass() + ")");
                }
            }
        }
        int gradedLearners = 0;
        int twice = 0;
        for (int i = 0; i < learners.size(); i++) {
            gradedLearners += graded[i] ? 1 : 0;
            if (attemptsOf[i] > 1) {
                twice++;
                if (examples.size() < 5) {
                    examples.add("learner " + i + " has " + attemptsOf[i] + " attempts at " + quizKey);
                }
            }
        }
        return new GradebookCheck(learners.size(), gradedLearners, learners.size() - gradedLearners, twice, wrong,
                statuses, seconds, examples);
    }
}
