package io.pathwise.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@link BurstPlan}: every learner's submission {@code POST /api/v1/attempts/{id}/submission}
 * sent at its planned time, open-loop (a timer sends on schedule whatever the server is doing; the
 * JDK HttpClient's asynchronous API keeps as many requests in flight as it takes, each on its own
 * keep-alive connection), with the planned retries carrying the same bytes. Latency is measured
 * from the <em>planned</em> send time to the end of the reply body, so a late send (a client or
 * server stall) counts against the latency instead of hiding it (no coordinated omission). Every
 * reply is kept, bytes and all, for the checks.
 */
final class SubmissionBurst {

    /** One request's outcome; {@code status} 0 and {@code error} set when no HTTP answer came. */
    record Reply(int learner, BurstPlan.Kind kind, long plannedNanos, long sentNanos, long doneNanos, int status,
            byte[] body, String error) {

        long latencyNanos() {
            return doneNanos - plannedNanos;
        }

        boolean ok() {
            return status == 200;
        }
    }

    /** What the burst did: every reply, when it started and ended, and the CPU used meanwhile. */
    record Result(List<Reply> replies, long startNanos, long lastFirstReplyNanos, long endNanos, CpuMeter.Use cpu,
            double databaseCores) {
    }

    private SubmissionBurst() {
    }

    /**
     * @param tokens bearer token by learner index
     * @param attempts attempt id by learner index
     * @param sheets the submission by learner index
     */
    static Result run(String baseUrl, BurstPlan plan, String[] tokens, String[] attempts, AnswerSheet[] sheets,
            long startNanos, Duration requestTimeout, Optional<ProcessHandle> server, BenchDatabase.Kind database)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "burst-timer");
            t.setDaemon(true);
            return t;
        });
        ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
        CountDownLatch outstanding = new CountDownLatch(plan.requests());
        long[] lastFirst = {startNanos};
        Sender sender = new Sender(client, baseUrl, tokens, attempts, sheets, requestTimeout, replies, outstanding, timer,
                plan, lastFirst);

        CpuMeter cpu = CpuMeter.start(server);
        DatabaseCpu databaseCpu = DatabaseCpu.start(database);
        List<BurstPlan.Send> sends = plan.sends();
        for (int i = 0; i < sends.size(); i++) {
            int learner = i;
            long planned = startNanos + sends.get(i).offsetNanos();
            timer.schedule(() -> sender.send(learner, BurstPlan.Kind.FIRST, planned), planned - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
            for (BurstPlan.Retry retry : sends.get(i).retries()) {
                if (retry.kind() == BurstPlan.Kind.EARLY_RETRY) {
                    long retryAt = planned + retry.delayNanos();
                    timer.schedule(() -> sender.send(learner, BurstPlan.Kind.EARLY_RETRY, retryAt),
                            retryAt - System.nanoTime(), TimeUnit.NANOSECONDS);
                }
            }
        }
        long limit = plan.lengthNanos() + requestTimeout.toNanos() * 4 + 10_000_000_000L;
        if (!outstanding.await(limit, TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException(outstanding.getCount() + " submissions still unanswered "
                    + limit / 1_000_000_000L + " s after the burst started");
        }
        long end = System.nanoTime();
        CpuMeter.Use used = cpu.stop();
        double databaseCores = databaseCpu.stopCores();
        timer.shutdownNow();
        return new Result(List.copyOf(replies), startNanos, lastFirst[0], end, used, databaseCores);
    }

    /** Sends one request and records its reply; a first reply schedules the learner's late retries. */
    private static final class Sender {
        private final HttpClient client;
        private final String baseUrl;
        private final String[] tokens;
        private final String[] attempts;
        private final AnswerSheet[] sheets;
        private final Duration timeout;
        private final ConcurrentLinkedQueue<Reply> replies;
        private final CountDownLatch outstanding;
        private final ScheduledExecutorService timer;
        private final BurstPlan plan;
        private final long[] lastFirst;

        Sender(HttpClient client, String baseUrl, String[] tokens, String[] attempts, AnswerSheet[] sheets,
                Duration timeout, ConcurrentLinkedQueue<Reply> replies, CountDownLatch outstanding,
                ScheduledExecutorService timer, BurstPlan plan, long[] lastFirst) {
            this.client = client;
            this.baseUrl = baseUrl;
            this.tokens = tokens;
            this.attempts = attempts;
            this.sheets = sheets;
            this.timeout = timeout;
            this.replies = replies;
            this.outstanding = outstanding;
            this.timer = timer;
            this.plan = plan;
            this.lastFirst = lastFirst;
        }

        void send(int learner, BurstPlan.Kind kind, long planned) {
            long sent = System.nanoTime();
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/attempts/" + attempts[learner]
                                + "/submission"))
                        .timeout(timeout)
                        .header("Authorization", "Bearer " + tokens[learner])
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(sheets[learner].body()))
                        .build();
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                    long done = System.nanoTime();
                    replied(failure == null
                            ? new Reply(learner, kind, planned, sent, done, response.statusCode(), response.body(), null)
                            : new Reply(learner, kind, planned, sent, done, 0, new byte[0], describe(failure)));
                });
            } catch (RuntimeException e) {
                long now = System.nanoTime();
                replied(new Reply(learner, kind, planned, sent, now, 0, new byte[0], e.getClass().getSimpleName()));
            }
        }

        /** Keeps the reply; after a first reply, schedules the learner's late retries. */
        private void replied(Reply reply) {
            replies.add(reply);
            if (reply.kind() == BurstPlan.Kind.FIRST) {
                synchronized (lastFirst) {
                    lastFirst[0] = Math.max(lastFirst[0], reply.doneNanos());
                }
                int learner = reply.learner();
                for (BurstPlan.Retry retry : plan.sends().get(learner).retries()) {
                    if (retry.kind() == BurstPlan.Kind.LATE_RETRY) {
                        long retryAt = reply.doneNanos() + retry.delayNanos();
                        timer.schedule(() -> send(learner, BurstPlan.Kind.LATE_RETRY, retryAt),
                                retryAt - System.nanoTime(), TimeUnit.NANOSECONDS);
                    }
                }
            }
            outstanding.countDown();
        }

        private static String describe(Throwable failure) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            return cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
        }
    }
}
