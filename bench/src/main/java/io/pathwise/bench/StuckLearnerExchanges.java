package io.pathwise.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The requests of {@link HeatMapHttpBenchmark}'s {@code stuck} tests, each answer checked: the
 * course's learners who may be stuck, as the API ({@code GET /api/v1/courses/{slug}/stuck-learners})
 * and the staff page ({@code GET /courses/{slug}/stuck}) give them, and a stuck learner's progress
 * page ({@code GET /courses/{slug}/learners/{userId}}). In the benchmark's course every
 * third learner answered their next skill wrong three times in a row, so exactly those learners are
 * expected, each on one skill with the sign {@code wrong-answers}.
 */
final class StuckLearnerExchanges {

    private static final Pattern PAGE_ROW = Pattern.compile("<tr role=\"row\" class=\"stuck-row\"");
    private static final Pattern API_LEARNER = Pattern.compile("\"displayName\":");
    private static final Pattern STUCK_SKILL = Pattern.compile("data-signals=\"wrong-answers\"");

    private StuckLearnerExchanges() {
    }

    /** The API's page of {@code limit} learners; fully checked: the count, the rows, every learner's sign. */
    static TimedSamples.Sample api(BlockingGet http, String path, String token, int expectedStuck, int limit,
            boolean full) throws Exception {
        TimedSamples.Timed timed = TimedSamples.get(http, path + "?limit=" + limit, token);
        PathwiseApi.Response response = timed.response();
        int expectedRows = Math.min(limit, expectedStuck);
        if (response.status() != 200) {
            return new TimedSamples.Sample(timed.nanos(), timed.bytes(), 0, "HTTP " + response.status());
        }
        if (!full) {
            int rows = (int) API_LEARNER.matcher(response.body()).results().count();
            return new TimedSamples.Sample(timed.nanos(), timed.bytes(), rows,
                    rows == expectedRows ? null : rows + " learners, expected " + expectedRows);
        }
        Map<String, Object> page = JsonTree.object(response.json(), "stuck learners");
        List<Object> learners = JsonTree.array(page.get("learners"), "learners");
        Set<String> problems = new HashSet<>();
        int count = (int) JsonTree.number(page.get("stuckCount"), "stuckCount");
        if (count != expectedStuck) {
            problems.add("stuckCount " + count + ", expected " + expectedStuck);
        }
        if (learners.size() != expectedRows) {
            problems.add(learners.size() + " learners, expected " + expectedRows);
        }
        String previous = null;
        for (Object item : learners) {
            Map<String, Object> learner = JsonTree.object(item, "learner");
            String at = JsonTree.string(learner.get("lastAnswerAt"), "lastAnswerAt");
            if (previous != null && Instant.parse(at).isAfter(Instant.parse(previous))) {
                problems.add("not the most recently active first");
            }
            previous = at;
            for (Object skill : JsonTree.array(learner.get("skills"), "skills")) {
                List<Object> signals = JsonTree.array(JsonTree.object(skill, "skill").get("signals"), "signals");
                if (!signals.equals(List.of("wrong-answers"))) {
                    problems.add("signals " + signals + ", expected [wrong-answers]");
                }
            }
        }
        return new TimedSamples.Sample(timed.nanos(), timed.bytes(), learners.size(),
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    /** The staff page (its first 100 learners); checked: the whole page, its rows and the count it states. */
    static TimedSamples.Sample page(WebUser browser, String path, int expectedStuck, Duration timeout) throws Exception {
        TimedSamples.Timed timed = TimedSamples.page(browser, path, timeout);
        PathwiseApi.Response response = timed.response();
        if (response.status() != 200) {
            return new TimedSamples.Sample(timed.nanos(), timed.bytes(), 0, "HTTP " + response.status());
        }
        String body = response.body();
        int rows = (int) PAGE_ROW.matcher(body).results().count();
        int expectedRows = Math.min(100, expectedStuck);
        String error = null;
        if (!body.contains("</html>")) {
            error = "200 without the whole page";
        } else if (rows != expectedRows) {
            error = rows + " rows, expected " + expectedRows;
        } else if (!body.contains(">" + expectedStuck + " learners may be stuck")) {
            error = "the page does not say " + expectedStuck + " learners may be stuck";
        }
        return new TimedSamples.Sample(timed.nanos(), timed.bytes(), rows, error);
    }

    /**
     * One stuck learner's progress page as staff open it ({@code /courses/{slug}/learners/{userId}});
     * checked: the whole page, one skill they may be stuck on with the sign {@code wrong-answers}.
     */
    static TimedSamples.Sample learnerPage(WebUser browser, String path, Duration timeout) throws Exception {
        TimedSamples.Timed timed = TimedSamples.page(browser, path, timeout);
        PathwiseApi.Response response = timed.response();
        if (response.status() != 200) {
            return new TimedSamples.Sample(timed.nanos(), timed.bytes(), 0, "HTTP " + response.status());
        }
        String body = response.body();
        int stuckSkills = (int) STUCK_SKILL.matcher(body).results().count();
        String error = !body.contains("</html>") ? "200 without the whole page"
                : stuckSkills != 1 ? stuckSkills + " skills with wrong-answers, expected 1"
                : !body.contains("id=\"their-next-steps\"") ? "no next steps section" : null;
        return new TimedSamples.Sample(timed.nanos(), timed.bytes(), stuckSkills, error);
    }
}
