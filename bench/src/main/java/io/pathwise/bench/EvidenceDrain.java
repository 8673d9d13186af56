package io.pathwise.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The xAPI evidence of a burst, read back through the LRS's own API with a read-only credential of
 * the organization. Each graded attempt is recorded after its grade commits, asynchronously,
 * through the Event Publication Registry, as 22 statements in one write: one {@code answered} per
 * item, {@code completed}, and {@code passed} or {@code failed}. So the count of {@code completed}
 * statements stored since the burst began is the count of attempts whose evidence is in; the
 * drain time is how long after the burst's last reply that count reaches the number of learners.
 * Then every verb is counted once.
 */
final class EvidenceDrain {

    static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    static final int STATEMENTS_PER_ATTEMPT = ExamCourse.ITEMS.size() + 2;

    /**
     * @param atBurstEnd attempts whose evidence was in at the first poll after the burst
     * @param drainSeconds from the burst's last reply until all were in; NaN if they never were
     * @param byVerb statements stored since the burst began, by verb (short name)
     */
    record Result(long atBurstEnd, double drainSeconds, Map<String, Long> byVerb, long statements, long expectedStatements,
            long expectedPassed, long polls, CpuMeter.Use cpu, double databaseCores) {

        boolean complete() {
            return statements == expectedStatements && !Double.isNaN(drainSeconds);
        }
    }

    private final XapiHttp xapi;

    EvidenceDrain(XapiHttp xapi) {
        this.xapi = xapi;
    }

    /**
     * Polls until the evidence of {@code attempts} attempts is in, {@code timeout} has passed, or
     * the count has not moved for {@code stall}, then counts by verb. {@code burstEndNanos} is the burst's last reply.
     */
    Result await(Instant since, int attempts, long expectedPassed, long burstEndNanos, Duration timeout, Duration stall,
            Duration pollEvery, java.util.Optional<ProcessHandle> server, BenchDatabase.Kind database)
            throws IOException, InterruptedException {
        CpuMeter cpu = CpuMeter.start(server);
        DatabaseCpu databaseCpu = DatabaseCpu.start(database);
        long deadline = System.nanoTime() + timeout.toNanos();
        long first = -1;
        long polls = 0;
        double drain = Double.NaN;
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long done = count(COMPLETED, since);
            long now = System.nanoTime();
            polls++;
            if (first < 0) {
                first = done;
            }
            if (done != last) {
                last = done;
                lastChange = now;
            }
            if (done >= attempts) {
                drain = Math.max(0, now - burstEndNanos) / 1e9;
                break;
            }
            // A failed listener is retried only when the server restarts: once nothing moves, waiting is pointless.
            boolean stalled = now - lastChange > stall.toNanos();
            if (now - deadline > 0 || stalled) {
                System.out.printf("  evidence: %d of %d attempts recorded after %.0f s (%s); giving up%n", done, attempts,
                        (now - burstEndNanos) / 1e9, stalled ? "no progress for " + stall.toSeconds() + " s"
                                : "drain timeout");
                break;
            }
            Thread.sleep(pollEvery.toMillis());
        }
        CpuMeter.Use used = cpu.stop();
        double databaseCores = databaseCpu.stopCores();
        Map<String, Long> byVerb = new LinkedHashMap<>();
        long total = 0;
        for (String verb : List.of(ANSWERED, COMPLETED, PASSED, FAILED)) {
            long n = count(verb, since);
            byVerb.put(verb.substring(verb.lastIndexOf('/') + 1), n);
            total += n;
        }
        return new Result(first, drain, byVerb, total, (long) attempts * STATEMENTS_PER_ATTEMPT, expectedPassed, polls,
                used, databaseCores);
    }

    /** Statements with the verb stored after {@code since}, counted page by page (500 a page). */
    long count(String verb, Instant since) throws IOException, InterruptedException {
        String next = "/xapi/statements?verb=" + URLEncoder.encode(verb, StandardCharsets.UTF_8) + "&since="
                + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8) + "&format=ids&limit=500";
        long count = 0;
        while (next != null && !next.isEmpty()) {
            HttpResponse<String> page = xapi.get(next);
            if (page.statusCode() != 200) {
                throw new IllegalStateException("GET " + next + " answered " + page.statusCode() + ": " + page.body());
            }
            Map<String, Object> result = JsonTree.object(JsonTree.parse(page.body()), "statement result");
            count += JsonTree.array(result.get("statements"), "statements").size();
            Object more = result.get("more");
            next = more instanceof String link ? link : null;
        }
        return count;
    }
}
