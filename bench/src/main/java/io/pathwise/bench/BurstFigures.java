package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a burst's replies say, checked against what was sent: latency of the successful replies
 * (all, first tries, retries), throughput, errors by kind, and whether every learner got the right
 * reply: a 200 for their attempt, GRADED, with the score and pass the answers deserve, and the
 * very same bytes for every reply to the same key. Errors are counted, never timed.
 */
record BurstFigures(int learners, int requests, LatencyHistogram all, LatencyHistogram first, LatencyHistogram retries,
        Map<String, Long> errors, double submissionsPerSecond, double requestsPerSecond, double burstSeconds,
        int acknowledged, int wrongReplies, int differingReplies, long earlyRetries, long earlyOverlapping,
        List<String> examples) {

    static BurstFigures of(SubmissionBurst.Result result, String[] attempts, AnswerSheet[] sheets) {
        int learners = attempts.length;
        List<List<SubmissionBurst.Reply>> byLearner = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            byLearner.add(new ArrayList<>());
        }
        LatencyHistogram all = new LatencyHistogram();
        LatencyHistogram first = new LatencyHistogram();
        LatencyHistogram retries = new LatencyHistogram();
        Map<String, Long> errors = new TreeMap<>();
        for (SubmissionBurst.Reply reply : result.replies()) {
            byLearner.get(reply.learner()).add(reply);
            String kind = reply.kind() == BurstPlan.Kind.FIRST ? "first" : "retry";
            if (reply.ok()) {
                all.record(reply.latencyNanos());
                (reply.kind() == BurstPlan.Kind.FIRST ? first : retries).record(reply.latencyNanos());
            } else {
                String what = reply.status() == 0 ? reply.error() : "HTTP " + reply.status();
                errors.merge(what + " (" + kind + ")", 1L, Long::sum);
            }
        }
        int acknowledged = 0;
        int wrong = 0;
        int differing = 0;
        long early = 0;
        long overlapping = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            List<SubmissionBurst.Reply> replies = byLearner.get(i);
            SubmissionBurst.Reply firstReply = replies.stream().filter(r -> r.kind() == BurstPlan.Kind.FIRST)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no first reply recorded"));
            for (SubmissionBurst.Reply reply : replies) {
                if (reply.kind() == BurstPlan.Kind.EARLY_RETRY) {
                    early++;
                    overlapping += reply.sentNanos() < firstReply.doneNanos() ? 1 : 0;
                }
            }
            List<SubmissionBurst.Reply> ok = replies.stream().filter(SubmissionBurst.Reply::ok).toList();
            if (ok.isEmpty()) {
                continue;
            }
            acknowledged++;
            byte[] body = ok.get(0).body();
            if (ok.stream().anyMatch(r -> !Arrays.equals(r.body(), body))) {
                differing++;
                note(examples, "learner " + i + ": replies to the same key differ: "
                        + ok.stream().map(r -> new String(r.body(), StandardCharsets.UTF_8)).distinct().toList());
            }
            String problem = problem(body, attempts[i], sheets[i]);
            if (problem != null) {
                wrong++;
                note(examples, "learner " + i + ": " + problem);
            }
        }
        double burstSeconds = (result.lastFirstReplyNanos() - result.startNanos()) / 1e9;
        double allSeconds = (result.endNanos() - result.startNanos()) / 1e9;
        return new BurstFigures(learners, result.replies().size(), all, first, retries, errors,
                first.count() / burstSeconds, all.count() / allSeconds, burstSeconds, acknowledged, wrong, differing,
                early, overlapping, examples);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Why a 200 reply is not the one the submission deserves; null when it is. */
    private static String problem(byte[] body, String attemptId, AnswerSheet sheet) {
        Map<String, Object> reply;
        try {
            reply = JsonTree.object(JsonTree.parse(new String(body, StandardCharsets.UTF_8)), "reply");
        } catch (RuntimeException e) {
            return "unreadable reply: " + e.getMessage();
        }
        if (!attemptId.equals(reply.get("attemptId"))) {
            return "reply for attempt " + reply.get("attemptId") + " instead of " + attemptId;
        }
        if (!"GRADED".equals(reply.get("status"))) {
            return "reply status " + reply.get("status");
        }
        Map<String, Object> result = JsonTree.object(reply.get("result"), "result");
        double score = JsonTree.number(result.get("score"), "score");
        if (!sheet.deserves(score)) {
            return "score " + score + " instead of " + sheet.expectedScore();
        }
        if (!Boolean.valueOf(sheet.expectedPass()).equals(result.get("passed"))) {
            return "passed " + result.get("passed") + " instead of " + sheet.expectedPass();
        }
        if (JsonTree.array(result.get("items"), "items").size() != ExamCourse.ITEMS.size()) {
            return "result with " + JsonTree.array(result.get("items"), "items").size() + " items";
        }
        return null;
    }

    private static void note(List<String> examples, String example) {
        if (examples.size() < 5) {
            examples.add(example.length() > 600 ? example.substring(0, 600) + "..." : example);
        }
    }
}
