package io.pathwise.assessment;

import io.pathwise.assessment.attempt.ManualGrading;
import io.pathwise.assessment.attempt.QuizContext;
import io.pathwise.assessment.attempt.QuizContexts;
import io.pathwise.assessment.item.Draws;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemGrader;
import io.pathwise.assessment.item.Option;
import io.pathwise.assessment.item.PresentedItem;
import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.assessment.results.GradebookPage;
import io.pathwise.assessment.results.GradebookReader;
import io.pathwise.assessment.results.ItemStatistics;
import io.pathwise.assessment.store.AttemptGrade;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.assessment.store.QuizStore;
import io.pathwise.assessment.store.RegradeLog;
import io.pathwise.assessment.store.ResponseRow;
import io.pathwise.assessment.store.ResponseStore;
import io.pathwise.assessment.store.StoredQuiz;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.identity.IdentityApi;
import io.pathwise.shared.markdown.MarkdownRenderer;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.PathwisePrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other modules' pages read and do in assessment: a learner's results at a quiz, a course's
 * grade book (attempts, item statistics, regrade log), its queue of free-text answers and grading
 * one of them. Callers are checked as the HTTP API checks them: a course the caller cannot see is
 * "not found" (404), and the staff views refuse everyone but the course's instructors, teaching
 * assistants and tenant admins (403).
 */
@Service
public class AssessmentApi {

    private static final TypeReference<List<PresentedItem>> PRESENTED = new TypeReference<>() {
    };
    private static final Pattern BLANK = Pattern.compile("\\[\\[[^\\]]+\\]\\]");

    private final QuizContexts contexts;
    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final QuizStore quizzes;
    private final AttemptStore attempts;
    private final ResponseStore responses;
    private final RegradeLog regrades;
    private final ManualGrading manual;
    private final MarkdownRenderer markdown;
    private final JsonMapper json;
    private final Clock clock;
    private final AssessmentProperties properties;
    private final GradebookReader gradebookReader;

    AssessmentApi(QuizContexts contexts, CatalogApi catalog, IdentityApi identity, QuizStore quizzes, AttemptStore attempts,
            ResponseStore responses, RegradeLog regrades, ManualGrading manual, MarkdownRenderer markdown, JsonMapper json,
            Clock clock, AssessmentProperties properties, GradebookReader gradebookReader) {
        this.contexts = contexts;
        this.catalog = catalog;
        this.identity = identity;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.responses = responses;
        this.regrades = regrades;
        this.manual = manual;
        this.markdown = markdown;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.gradebookReader = gradebookReader;
    }

    /** The caller's own attempts at a quiz of a course they can see, with what the feedback policy lets them see. */
    public QuizResults results(PathwisePrincipal caller, String courseSlug, String activityKey) {
        QuizContext context = contexts.quiz(caller, courseSlug, activityKey);
        QuizDefinition quiz = context.quiz().definition();
        List<QuizResults.Attempt> mine = attempts.ofLearner(context.quiz().id(), caller.userId()).stream()
                .map(attempt -> attempt(attempt, context)).toList();
        return new QuizResults(context.course().slug(), context.course().title(), quiz.activityKey(),
                context.activity().title(), quiz.mode() == QuizDefinition.QuizMode.GRADED, quiz.passingScore(),
                quiz.allowedAttempts(), quiz.due(), mine);
    }

    /** Whether the caller sees every learner's work in the course (its staff and tenant admins). */
    public boolean isStaff(PathwisePrincipal caller, CourseSummary course) {
        return contexts.isStaff(caller, course.id());
    }

    /** How many free-text answers of the course wait for a grade; staff only. */
    public int awaitingGrading(PathwisePrincipal caller, CourseSummary course) {
        contexts.requireStaff(caller, course.id());
        return responses.countAwaitingManual(quizzes.ofCourse(course.id()).stream().map(StoredQuiz::id).toList());
    }

    /**
     * A page of the course's grade book (learners in name order, every quiz with those learners'
     * attempts, each quiz's item statistics over all its answers, the regrade log); staff only.
     */
    public Gradebook gradebook(PathwisePrincipal caller, String courseSlug, GradebookRequest request) {
        CourseSummary course = staffCourse(caller, courseSlug);
        List<StoredQuiz> courseQuizzes = quizzes.ofCourse(course.id());
        List<RegradeLog.Entry> changes = regrades.ofCourse(course.id());
        GradebookPage page = gradebookReader.page(courseQuizzes, request,
                changes.stream().map(RegradeLog.Entry::changedBy).filter(Objects::nonNull).toList());
        List<Gradebook.Quiz> books = new ArrayList<>();
        for (StoredQuiz quiz : courseQuizzes) {
            Map<UUID, Map<Integer, Gradebook.Attempt>> byLearner = new LinkedHashMap<>();
            int columns = 0;
            for (AttemptGrade a : page.attempts().get(quiz.id())) {
                byLearner.computeIfAbsent(a.learnerId(), id -> new LinkedHashMap<>()).put(a.number(), new Gradebook.Attempt(
                        a.id(), a.number(), a.status(), a.submittedAt(), a.late(), a.score(), a.maxScore(), a.passed()));
                columns = Math.max(columns, a.number());
            }
            List<Gradebook.Learner> learners = byLearner.entrySet().stream()
                    .map(e -> new Gradebook.Learner(e.getKey(), page.name(e.getKey()), e.getValue())).toList();
            QuizDefinition definition = quiz.definition();
            books.add(new Gradebook.Quiz(definition.activityKey(), title(course, definition.activityKey()),
                    definition.mode() == QuizDefinition.QuizMode.GRADED, definition.passingScore(), columns, learners,
                    statistics(quiz)));
        }
        List<Gradebook.Regrade> log = changes.stream()
                .map(e -> new Gradebook.Regrade(e.itemKey(), e.fromVersion(), e.toVersion(),
                        e.changedBy() == null ? null : page.name(e.changedBy()), e.changedAt(), e.attemptsRegraded()))
                .toList();
        return new Gradebook(course.slug(), course.title(), books, log, page.learnerCount(), page.nextCursor());
    }

    /**
     * A page of the course's free-text answers waiting for a grade, oldest attempts first; staff only.
     * The page's attempts and their learners' names are read at once, not one query per answer.
     */
    public GradingQueuePage gradingQueue(PathwisePrincipal caller, String courseSlug, GradingQueueRequest request) {
        CourseSummary course = staffCourse(caller, courseSlug);
        Map<UUID, StoredQuiz> byId = courseQuizzes(course);
        List<ResponseRow> fetched = responses.awaitingManual(List.copyOf(byId.keySet()), request);
        return new GradingQueuePage(tasks(course, byId, request.page(fetched)),
                responses.countAwaitingManual(List.copyOf(byId.keySet())), request.nextCursor(fetched, ResponseRow::place));
    }

    /**
     * One answer of the course's grading queue, to name it; empty when it is not waiting (graded
     * already, or not an answer of this course). Staff only.
     */
    public Optional<GradingTask> waitingAnswer(PathwisePrincipal caller, String courseSlug, UUID attemptId, String itemKey) {
        CourseSummary course = staffCourse(caller, courseSlug);
        Map<UUID, StoredQuiz> byId = courseQuizzes(course);
        return responses.awaitingManual(attemptId, itemKey).filter(response -> byId.containsKey(response.quizId()))
                .map(response -> tasks(course, byId, List.of(response)).get(0));
    }

    private Map<UUID, StoredQuiz> courseQuizzes(CourseSummary course) {
        return quizzes.ofCourse(course.id()).stream().collect(Collectors.toMap(StoredQuiz::id, Function.identity()));
    }

    /** The waiting answers as tasks, with their attempts and learners' names read in one query each. */
    private List<GradingTask> tasks(CourseSummary course, Map<UUID, StoredQuiz> byId, List<ResponseRow> waiting) {
        Map<UUID, AttemptRow> rows = new HashMap<>();
        attempts.findAll(waiting.stream().map(ResponseRow::attemptId).collect(Collectors.toSet()))
                .forEach(attempt -> rows.put(attempt.id(), attempt));
        Map<UUID, String> names = identity.displayNames(rows.values().stream().map(AttemptRow::learnerId).toList());
        Map<UUID, String> titles = new HashMap<>();
        Map<UUID, Map<String, PresentedItem>> shown = new HashMap<>();
        List<GradingTask> tasks = new ArrayList<>();
        for (ResponseRow response : waiting) {
            AttemptRow attempt = rows.get(response.attemptId());
            PresentedItem item = shown.computeIfAbsent(attempt.id(), id -> presented(attempt)).get(response.itemKey());
            String key = byId.get(response.quizId()).definition().activityKey();
            JsonNode answer = response.answer() == null ? null : json.readTree(response.answer());
            tasks.add(new GradingTask(attempt.id(), key, titles.computeIfAbsent(response.quizId(), id -> title(course, key)),
                    attempt.number(), GradebookPage.nameIn(names, attempt.learnerId()), attempt.submittedAt(),
                    response.itemKey(), item == null ? null : prompt(item), answer == null ? "" : text(answer.get("text"))));
        }
        return tasks;
    }

    /**
     * Grades a free-text answer: {@code score} from 0 to 1, {@code feedback} optional (blank is none).
     * The answer leaves the queue; the attempt's grade is final once its last waiting answer is graded.
     */
    public void grade(PathwisePrincipal caller, UUID attemptId, String itemKey, double score, String feedback) {
        manual.grade(caller, attemptId, itemKey, score, feedback == null || feedback.isBlank() ? null : feedback.strip());
    }

    /**
     * One attempt as its learner may see it, following the quiz's feedback policy. The HTTP API's
     * attempt view is built from this too, so the pages and the API never disagree on what is shown.
     */
    public QuizResults.Attempt attempt(AttemptRow attempt, QuizContext context) {
        QuizDefinition quiz = context.quiz().definition();
        // Late submissions count until the due date plus the offline grace: no answers before then.
        Instant released = quiz.resultsReleasedAt(properties.offlineGrace());
        boolean withheld = quiz.feedback() == QuizDefinition.FeedbackPolicy.AFTER_DUE && released != null
                && clock.instant().isBefore(released);
        if (attempt.open() || withheld) {
            return new QuizResults.Attempt(attempt.id(), attempt.number(), attempt.status(), attempt.startedAt(),
                    attempt.submittedAt(), attempt.late(), false, attempt.open() ? null : released, null, null, null,
                    List.of());
        }
        Map<String, PresentedItem> shown = presented(attempt);
        Map<String, ItemDefinition> definitions = context.definitions();
        Draws draws = attempt.draws(json);
        List<QuizResults.Item> items = new ArrayList<>();
        for (ResponseRow row : responses.ofAttempt(attempt.id())) {
            PresentedItem item = shown.get(row.itemKey());
            JsonNode answer = row.answer() == null ? null : json.readTree(row.answer());
            items.add(new QuizResults.Item(items.size() + 1, row.itemKey(), item == null ? "" : item.type(),
                    item == null ? null : prompt(item), row.status().name(), row.score(),
                    row.status() == ResponseRow.ResponseStatus.GRADED && row.score() >= 1 - 1e-9, row.answer(),
                    item == null || answer == null ? null : answerText(item, answer),
                    expected(definitions.get(row.itemKey()), draws, answer),
                    item == null || item.solution() == null || item.solution().isBlank() ? null
                            : markdown.render(item.solution()),
                    row.feedback()));
        }
        return new QuizResults.Attempt(attempt.id(), attempt.number(), attempt.status(), attempt.startedAt(),
                attempt.submittedAt(), attempt.late(), true, null, attempt.score(), attempt.maxScore(), attempt.passed(),
                items);
    }

    private CourseSummary staffCourse(PathwisePrincipal caller, String courseSlug) {
        CourseSummary course = catalog.courseBySlug(caller, courseSlug);
        contexts.requireStaff(caller, course.id());
        return course;
    }

    private List<Gradebook.ItemFigures> statistics(StoredQuiz quiz) {
        return ItemStatistics.of(responses.figuresOfQuiz(quiz.id()), quiz.definition().items()).stream()
                .map(i -> new Gradebook.ItemFigures(i.itemKey(), i.responses(), i.answered(), i.meanScore(),
                        i.correctShare(), i.meanSeconds(), i.meanHints(), i.discrimination()))
                .toList();
    }

    /** The activity's title; a quiz kept for its attempts after its activity left the course shows its key. */
    private String title(CourseSummary course, String activityKey) {
        try {
            return catalog.activity(course, activityKey).activity().title();
        } catch (ApiException e) {
            return activityKey;
        }
    }

    private Map<String, PresentedItem> presented(AttemptRow attempt) {
        Map<String, PresentedItem> byKey = new LinkedHashMap<>();
        json.readValue(attempt.presented(), PRESENTED).forEach(item -> byKey.put(item.key(), item));
        return byKey;
    }

    /** The prompt as HTML; a blank of a fill-in-the-blank prompt shows as a line, as on paper. */
    private String prompt(PresentedItem item) {
        return markdown.render(BLANK.matcher(item.prompt()).replaceAll("\\\\_\\\\_\\\\_\\\\_\\\\_"));
    }

    /**
     * The right answer for the attempt's variant; null for free text. An item edited since the
     * attempt may no longer read the old answer: the results still show, without the right answer.
     */
    private static String expected(ItemDefinition definition, Draws draws, JsonNode answer) {
        if (definition == null || definition.manual()) {
            return null;
        }
        try {
            String expected = ItemGrader.grade(definition, draws, answer).expected();
            return expected.isEmpty() ? null : expected;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** An answer in words: option texts instead of their ids, in the shapes of docs/assessment.md. */
    private static String answerText(PresentedItem item, JsonNode answer) {
        return switch (item.type()) {
            case "single-choice" -> label(item.choices(), text(answer.get("choice")));
            case "multiple-choice" -> labels(item.choices(), answer.get("choices"), ", ");
            case "numeric" -> (text(answer.get("value")) + " " + text(answer.get("unit"))).strip();
            case "short-text" -> text(answer.get("text"));
            case "ordering" -> labels(item.order(), answer.get("order"), ", ");
            case "matching" -> item.left().stream().filter(left -> answer.path("pairs").has(left.id()))
                    .map(left -> left.text() + " → " + label(item.right(), text(answer.path("pairs").get(left.id()))))
                    .collect(Collectors.joining("; "));
            case "fill-in-the-blank" -> item.blanks().stream().map(id -> text(answer.path("blanks").get(id)))
                    .collect(Collectors.joining(", "));
            default -> answer.toString();
        };
    }

    private static String labels(List<Option> options, JsonNode ids, String separator) {
        List<String> texts = new ArrayList<>();
        if (ids != null && ids.isArray()) {
            ids.forEach(id -> texts.add(label(options, text(id))));
        }
        return String.join(separator, texts);
    }

    private static String label(List<Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).map(Option::text).findFirst().orElse(id);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? "" : node.asString();
    }
}
