package io.pathwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.QuizCourse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A submission that cannot get its attempt's lock in time (an earlier copy of it still grading on a
 * saturated server) answers 503 "send it again" with nothing written, never 500; the same
 * submission sent again once the lock is free is graded. H2 reports its lock timeout as a query
 * timeout, which is why this runs on H2.
 */
@IntegrationTest
class SubmissionLockTimeoutOnH2Test extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSubmissionThatWaitsTooLongForItsAttemptsLockGets503AndCountsWhenSentAgain() throws Exception {
        QuizCourse.Imported course = QuizCourse.create(api, null);
        String attempt = AttemptFlows.id(api.post("/api/v1/courses/" + course.slug() + "/quizzes/" + QuizCourse.QUIZ
                + "/attempts", course.learnerToken(), Map.of()));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT id FROM assessment_attempt WHERE id = ? FOR UPDATE").param(UUID.fromString(attempt))
                    .query(UUID.class).single();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        Api.Response busy = api.post("/api/v1/attempts/" + attempt + "/submission", course.learnerToken(),
                AttemptFlows.body("lock-timeout-1", AttemptFlows.rightAnswers()));
        release.countDown();
        holder.join();

        assertThat(busy.status()).as("%s", busy).isEqualTo(503);
        assertThat(busy.json().get("title").asString()).isEqualTo("Busy");
        assertThat(jdbc.sql("SELECT status FROM assessment_attempt WHERE id = ?").param(UUID.fromString(attempt))
                .query(String.class).single()).isEqualTo("OPEN");
        Api.Response graded = api.post("/api/v1/attempts/" + attempt + "/submission", course.learnerToken(),
                AttemptFlows.body("lock-timeout-1", AttemptFlows.rightAnswers()));
        assertThat(graded.status()).as("%s", graded).isEqualTo(200);
    }
}
