package io.pathwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.ApiTest;
import io.pathwise.support.QuizCourse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The item statistics of {@code GET …/quizzes/{quiz}/statistics} on a small quiz worked out by
 * hand, read from stored responses: the attempts are written straight into the database, six
 * attempts at the fixture quiz's items half, evens and three-quarters (a, b and c below). The
 * expected discriminations are Pearson correlations of each item's score with the rest of the
 * attempt's score, computed apart from this code (Python, four decimals).
 */
abstract class ItemStatisticsFlows extends ApiTest {

    /** Scores of a, b and c per attempt; attempt 6 earned half credit on b. */
    private static final double[][] SCORES = {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 0}, {1, 0.5, 1}};

    @Autowired
    JdbcClient jdbc;

    QuizCourse.Imported course;
    UUID quizId;

    @BeforeEach
    void course() {
        course = QuizCourse.create(api, null);
        quizId = jdbc.sql("SELECT id FROM assessment_quiz WHERE course_id = ? AND activity_key = ?")
                .params(course.courseId(), QuizCourse.QUIZ).query(UUID.class).single();
    }

    @Test
    void figuresCountGradedResponsesAndDiscriminationIsTheCorrelationWithTheRestOfTheAttempt() {
        for (int i = 0; i < SCORES.length; i++) {
            UUID attempt = attempt();
            respond(attempt, 0, "half", "GRADED", SCORES[i][0], 10 * (i + 1), i % 2, "a");
            // Attempt 5 left b blank: it counts as a response with no credit, not as an answer.
            respond(attempt, 1, "evens", i == 4 ? "UNANSWERED" : "GRADED", SCORES[i][1], 5, 0, i == 4 ? null : "b");
            respond(attempt, 2, "three-quarters", "GRADED", SCORES[i][2], 5, 0, "c");
            // A withdrawn item counts nowhere: not as an item, not in the attempt's total.
            respond(attempt, 3, "sizes", "WITHDRAWN", 1, 5, 0, "d");
        }
        // A free-text answer still waiting for its grade is left out until it is graded.
        respond(attempt(), 0, "three-quarters", "AWAITING_MANUAL", 1, 5, 0, "c");

        JsonNode items = statistics();

        assertThat(keys(items)).containsExactly("half", "evens", "three-quarters");
        assertFigures(items.get(0), 6, 6, 0.6667, 0.6667, 35, 0.5, 0.4029);
        assertFigures(items.get(1), 6, 5, 0.5833, 0.5, 5, 0, 0.2274);
        assertFigures(items.get(2), 6, 6, 0.3333, 0.3333, 5, 0, 0.5108);
    }

    @Test
    void discriminationIsLeftOutBelowFiveResponsesAndWhenEveryScoreIsTheSame() {
        for (int i = 0; i < 6; i++) {
            UUID attempt = attempt();
            respond(attempt, 0, "half", "GRADED", 1, 5, 0, "a");
            respond(attempt, 1, "evens", "GRADED", SCORES[i][0], 5, 0, "b");
            // The same partial credit everywhere: 0.1 six times leaves a variance of 1e-33 in doubles.
            respond(attempt, 2, "sizes", "GRADED", 0.1, 5, 0, "c");
            if (i < 4) {
                respond(attempt, 3, "capitals", "GRADED", SCORES[i][1], 5, 0, "d");
            }
        }

        JsonNode items = statistics();

        assertThat(keys(items)).containsExactly("half", "evens", "sizes", "capitals");
        assertThat(items.get(0).get("discrimination").isNull()).as("everyone right: %s", items.get(0)).isTrue();
        assertThat(items.get(1).get("discrimination").isNumber()).as("varied: %s", items.get(1)).isTrue();
        assertThat(items.get(2).get("discrimination").isNull()).as("the same partial credit: %s", items.get(2)).isTrue();
        assertThat(items.get(3).get("discrimination").isNull()).as("four responses: %s", items.get(3)).isTrue();
    }

    private JsonNode statistics() {
        var response = api.get("/api/v1/courses/" + course.slug() + "/quizzes/" + QuizCourse.QUIZ + "/statistics",
                course.org().adminToken());
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json().get("items");
    }

    private static List<String> keys(JsonNode items) {
        List<String> keys = new ArrayList<>();
        items.forEach(item -> keys.add(item.get("itemKey").asString()));
        return keys;
    }

    private static void assertFigures(JsonNode item, int responses, int answered, double meanScore, double correctShare,
            double meanSeconds, double meanHints, double discrimination) {
        assertThat(item.get("responses").asInt()).as("responses of %s", item).isEqualTo(responses);
        assertThat(item.get("answered").asInt()).as("answered of %s", item).isEqualTo(answered);
        assertThat(item.get("meanScore").asDouble()).as("mean score of %s", item).isEqualTo(meanScore);
        assertThat(item.get("correctShare").asDouble()).as("share right of %s", item).isEqualTo(correctShare);
        assertThat(item.get("meanSeconds").asDouble()).as("mean seconds of %s", item).isEqualTo(meanSeconds);
        assertThat(item.get("meanHints").asDouble()).as("mean hints of %s", item).isEqualTo(meanHints);
        assertThat(item.get("discrimination").asDouble()).as("discrimination of %s", item).isEqualTo(discrimination);
    }

    /** A submitted attempt of a learner of its own (the figures do not depend on who). */
    private UUID attempt() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO assessment_attempt (id, tenant_id, quiz_id, learner_id, number, seed, presented, status, "
                        + "started_at, submitted_at) VALUES (?, ?, ?, ?, 1, 1, '[]', 'GRADED', ?, ?)")
                .params(id, course.org().tenantId(), quizId, UUID.randomUUID(), Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    private void respond(UUID attempt, int position, String item, String status, double score, int seconds, int hints,
            String answer) {
        jdbc.sql("INSERT INTO assessment_response (attempt_id, position, quiz_id, item_key, answer, status, score, "
                        + "hints_used, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(attempt, position, quizId, item, answer, status, score, hints, seconds)
                .update();
    }
}
