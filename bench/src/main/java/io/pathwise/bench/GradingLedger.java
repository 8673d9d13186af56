package io.pathwise.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The benchmark's own account of the grading quiz, kept independently of the server: each
 * learner's one submitted attempt, which of them still wait for their free-text answer's grade and
 * which were graded by the benchmark. Every grade book and queue answer is checked against it.
 * One free-text item per attempt, so an attempt waits exactly when its free-text answer does.
 */
final class GradingLedger {

    private final Map<String, String> attemptByLearner = new HashMap<>();
    private final Map<String, String> learnerByAttempt = new HashMap<>();
    /**
     * In the queue's order: by attempt id, as the server sorts UUIDs (unsigned, byte by byte, on H2
     * and PostgreSQL), which for the lower-case text form is the string order.
     */
    private final NavigableSet<String> waiting = new TreeSet<>();
    private final Set<String> graded = new HashSet<>();
    /** Learner ids in the paged grade book's order: by name ignoring case, then by id as a UUID (GradebookRequest.Place). */
    private final List<String> bookOrder;

    /** @param attempts the attempt ids by learner index, every one submitted */
    GradingLedger(List<ExamCohort.Learner> learners, String[] attempts) {
        Map<String, String> names = new HashMap<>();
        for (ExamCohort.Learner learner : learners) {
            String attempt = attempts[learner.index];
            attemptByLearner.put(learner.userId, attempt);
            learnerByAttempt.put(attempt, learner.userId);
            names.put(learner.userId, ExamCohort.learnerName(learner.index));
            waiting.add(attempt);
        }
        Comparator<String> byName = Comparator.comparing(names::get, String.CASE_INSENSITIVE_ORDER);
        this.bookOrder = names.keySet().stream().sorted(byName.thenComparing(UUID::fromString)).toList();
    }

    int learners() {
        return attemptByLearner.size();
    }

    Set<String> learnerIds() {
        return attemptByLearner.keySet();
    }

    String attemptOf(String learnerId) {
        return attemptByLearner.get(learnerId);
    }

    boolean isGraded(String attemptId) {
        return graded.contains(attemptId);
    }

    /** The attempts whose free-text answer waits, in the queue's order. */
    NavigableSet<String> waiting() {
        return waiting;
    }

    int gradedCount() {
        return graded.size();
    }

    /** The next attempt to grade: the first of the queue, as an instructor working down the page takes it. */
    String nextWaiting() {
        if (waiting.isEmpty()) {
            throw new IllegalStateException("no answer left to grade: raise --learners or lower --samples/--warmup");
        }
        return waiting.iterator().next();
    }

    /** Records that the server accepted a grade for the attempt's free-text answer. */
    void markGraded(String attemptId) {
        if (!waiting.remove(attemptId)) {
            throw new IllegalStateException("attempt " + attemptId + " was not waiting");
        }
        graded.add(attemptId);
    }

    /** Learner ids in the grade book's order (by name), for a paged grade book. */
    List<String> bookOrder() {
        return bookOrder;
    }

    /** The learners of the grade book's page that starts at position {@code from}, {@code limit} at most. */
    List<String> bookPage(int from, int limit) {
        return bookOrder.subList(Math.min(from, bookOrder.size()), Math.min(bookOrder.size(), from + limit));
    }

    /**
     * Problems of the learners a grade book answer lists (ids in the order listed) against those
     * {@code expected}: each of them once and nothing else, and, when {@code ordered}, in that order
     * (at most 5 named).
     */
    List<String> bookProblems(List<String> listed, List<String> expected, boolean ordered) {
        Set<String> wanted = new HashSet<>(expected);
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            String learner = listed.get(i);
            if (!seen.add(learner)) {
                problems.add("learner " + learner + " listed twice");
            } else if (!wanted.contains(learner)) {
                problems.add("learner " + learner + (attemptByLearner.containsKey(learner) ? " does not belong on this page"
                        : " is not one of the learners"));
            } else if (ordered && i < expected.size() && !learner.equals(expected.get(i))) {
                problems.add("learner " + (i + 1) + " of the page is " + learner + ", expected " + expected.get(i)
                        + " (name order)");
            }
        }
        long missing = expected.stream().filter(l -> !seen.contains(l)).count();
        if (missing > 0) {
            problems.add(missing + " learners missing");
        }
        if (listed.size() != expected.size()) {
            problems.add(listed.size() + " learners listed, " + expected.size() + " expected");
        }
        return capped(problems);
    }

    /**
     * Problems of a queue's answer (attempt ids and item keys as listed) against the waiting
     * attempts: it must list the first {@code limit} of them (all, when fewer wait) in the queue's
     * order, each once, with the free-text item, and nothing else (at most 5 named).
     */
    List<String> queueProblems(List<String[]> listed, int limit) {
        List<String> expected = waiting.stream().limit(limit).toList();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            String attempt = listed.get(i)[0];
            if (!GradingQuiz.FREE_TEXT_KEY.equals(listed.get(i)[1])) {
                problems.add("item " + listed.get(i)[1] + " of attempt " + attempt + " in the queue");
            } else if (!seen.add(attempt)) {
                problems.add("attempt " + attempt + " twice in the queue");
            } else if (graded.contains(attempt)) {
                problems.add("attempt " + attempt + " in the queue after it was graded");
            } else if (!waiting.contains(attempt)) {
                problems.add("attempt " + attempt + " in the queue is not one of the learners' attempts");
            } else if (i < expected.size() && !attempt.equals(expected.get(i))) {
                problems.add("answer " + (i + 1) + " of the queue is attempt " + attempt + ", expected " + expected.get(i)
                        + " (attempt id order)");
            }
        }
        long missing = expected.stream().filter(a -> !seen.contains(a)).count();
        if (missing > 0) {
            problems.add(missing + " waiting answers missing from the queue");
        }
        if (listed.size() != expected.size()) {
            problems.add(listed.size() + " answers in the queue, expected " + expected.size() + " (" + waiting.size()
                    + " waiting)");
        }
        return capped(problems);
    }

    static List<String> capped(List<String> problems) {
        if (problems.size() <= 5) {
            return problems;
        }
        List<String> first = new ArrayList<>(problems.subList(0, 5));
        first.add("... (" + problems.size() + " problems)");
        return first;
    }

    static String joined(List<String> problems) {
        return problems.isEmpty() ? null : String.join("; ", problems);
    }
}
