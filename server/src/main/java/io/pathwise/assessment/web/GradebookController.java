package io.pathwise.assessment.web;

import io.pathwise.assessment.GradebookRequest;
import io.pathwise.assessment.GradingQueueRequest;
import io.pathwise.assessment.attempt.ManualGrading;
import io.pathwise.assessment.attempt.QuizContext;
import io.pathwise.assessment.attempt.QuizContexts;
import io.pathwise.assessment.results.GradebookPage;
import io.pathwise.assessment.results.GradebookReader;
import io.pathwise.assessment.results.ItemStatistics;
import io.pathwise.assessment.store.AttemptGrade;
import io.pathwise.assessment.store.QuizStore;
import io.pathwise.assessment.store.RegradeLog;
import io.pathwise.assessment.store.ResponseRow;
import io.pathwise.assessment.store.ResponseStore;
import io.pathwise.assessment.store.StoredQuiz;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * For a course's staff: the grade book (every learner's attempts at every quiz), per-item
 * statistics, the queue of free-text answers to grade, and the log of answer-key changes.
 */
@RestController
@RequestMapping({"/api/v1", "/browser-api/v1"})
class GradebookController {

    private final CatalogApi catalog;
    private final QuizContexts contexts;
    private final QuizStore quizzes;
    private final GradebookReader reader;
    private final ResponseStore responses;
    private final RegradeLog regrades;
    private final ManualGrading manual;
    private final JsonMapper json;

    GradebookController(CatalogApi catalog, QuizContexts contexts, QuizStore quizzes, GradebookReader reader,
            ResponseStore responses, RegradeLog regrades, ManualGrading manual, JsonMapper json) {
        this.catalog = catalog;
        this.contexts = contexts;
        this.quizzes = quizzes;
        this.reader = reader;
        this.responses = responses;
        this.regrades = regrades;
        this.manual = manual;
        this.json = json;
    }

    /**
     * Every quiz's attempts for a page of learners in name order: {@code ?limit=} learners (1-100,
     * default 20) and {@code ?cursor=} from the last page; {@code learnerCount} counts them all.
     */
    @GetMapping("/courses/{slug}/gradebook")
    @PreAuthorize("isAuthenticated()")
    ObjectNode gradebook(@PathVariable String slug, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        GradebookRequest request = GradebookRequest.of(cursor, limit);
        CourseSummary course = staffCourse(slug);
        List<StoredQuiz> courseQuizzes = quizzes.ofCourse(course.id());
        GradebookPage page = reader.page(courseQuizzes, request, List.of());
        ObjectNode book = json.createObjectNode();
        book.put("learnerCount", page.learnerCount());
        ArrayNode list = book.putArray("quizzes");
        for (StoredQuiz quiz : courseQuizzes) {
            ObjectNode node = list.addObject();
            node.put("activityKey", quiz.definition().activityKey());
            node.put("mode", quiz.definition().mode().name());
            ArrayNode rows = node.putArray("attempts");
            for (AttemptGrade attempt : page.attempts().get(quiz.id())) {
                ObjectNode row = rows.addObject();
                row.put("attemptId", attempt.id().toString());
                row.put("learnerId", attempt.learnerId().toString());
                row.put("learner", page.name(attempt.learnerId()));
                row.put("number", attempt.number());
                row.put("status", attempt.status().name());
                row.put("submittedAt", attempt.submittedAt() == null ? null : attempt.submittedAt().toString());
                row.put("late", attempt.late());
                row.put("score", attempt.score());
                row.put("maxScore", attempt.maxScore());
                row.put("passed", attempt.passed());
            }
        }
        if (page.nextCursor() != null) {
            book.put("nextCursor", page.nextCursor()); // absent on the last page, as in every list of the API
        }
        return book;
    }

    @GetMapping("/courses/{slug}/quizzes/{activityKey}/statistics")
    @PreAuthorize("isAuthenticated()")
    ObjectNode statistics(@PathVariable String slug, @PathVariable String activityKey) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        QuizContext context = contexts.quiz(caller, slug, activityKey);
        contexts.requireStaff(caller, context.course().id());
        ObjectNode view = json.createObjectNode();
        view.put("activityKey", activityKey);
        view.set("items", json.valueToTree(ItemStatistics.of(
                responses.figuresOfQuiz(context.quiz().id()), context.quiz().definition().items())));
        return view;
    }

    /**
     * The free-text answers waiting for a grade, a page at a time (oldest attempts first), with how
     * many wait in all: {@code ?limit=} (1-100, default 20) and {@code ?cursor=} from the last page.
     */
    @GetMapping("/courses/{slug}/grading-queue")
    @PreAuthorize("isAuthenticated()")
    ObjectNode queue(@PathVariable String slug, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        GradingQueueRequest request = GradingQueueRequest.of(cursor, limit);
        CourseSummary course = staffCourse(slug);
        List<StoredQuiz> courseQuizzes = quizzes.ofCourse(course.id());
        Map<UUID, String> quizKeys = courseQuizzes.stream()
                .collect(Collectors.toMap(StoredQuiz::id, quiz -> quiz.definition().activityKey()));
        List<ResponseRow> fetched = responses.awaitingManual(List.copyOf(quizKeys.keySet()), request);
        ObjectNode view = json.createObjectNode();
        view.put("waiting", responses.countAwaitingManual(List.copyOf(quizKeys.keySet())));
        ArrayNode waiting = view.putArray("items");
        for (ResponseRow response : request.page(fetched)) {
            ObjectNode row = waiting.addObject();
            row.put("attemptId", response.attemptId().toString());
            row.put("quiz", quizKeys.get(response.quizId()));
            row.put("itemKey", response.itemKey());
            row.set("answer", response.answer() == null ? null : json.readTree(response.answer()));
        }
        String next = request.nextCursor(fetched, ResponseRow::place);
        if (next != null) {
            view.put("nextCursor", next); // absent on the last page, as in every list of the API
        }
        return view;
    }

    /** Grades a free-text answer: {@code {"score": 0..1, "feedback": "..."}}. */
    @PutMapping("/attempts/{attemptId}/responses/{itemKey}/grade")
    @PreAuthorize("isAuthenticated()")
    ObjectNode grade(@PathVariable UUID attemptId, @PathVariable String itemKey, @RequestBody JsonNode body) {
        JsonNode score = body.get("score");
        if (score == null || !score.isNumber()) {
            throw ApiException.badField("score", "is required: a number from 0 to 1");
        }
        if (!fromZeroToOne(score)) {
            throw ApiException.badField("score", "must be a number from 0 to 1");
        }
        JsonNode feedback = body.get("feedback");
        if (feedback != null && !feedback.isNull() && !feedback.isString()) {
            throw ApiException.badField("feedback", "must be text");
        }
        manual.grade(CurrentPrincipal.get(), attemptId, itemKey, score.doubleValue(),
                feedback == null || feedback.isNull() ? null : feedback.asString());
        return json.createObjectNode().put("attemptId", attemptId.toString()).put("itemKey", itemKey);
    }

    /**
     * Whether a JSON number is from 0 to 1, for any number a body can hold: doubleValue() of an integer
     * beyond a double's range throws, and a decimal beyond it (1e309) is read as an infinite double.
     */
    private static boolean fromZeroToOne(JsonNode number) {
        if (number.isDouble() || number.isFloat()) {
            return number.doubleValue() >= 0 && number.doubleValue() <= 1;
        }
        return number.decimalValue().signum() >= 0 && number.decimalValue().compareTo(BigDecimal.ONE) <= 0;
    }

    @GetMapping("/courses/{slug}/regrades")
    @PreAuthorize("isAuthenticated()")
    ObjectNode regradeLog(@PathVariable String slug) {
        CourseSummary course = staffCourse(slug);
        ObjectNode view = json.createObjectNode();
        view.set("items", json.valueToTree(regrades.ofCourse(course.id())));
        return view;
    }

    private CourseSummary staffCourse(String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        contexts.requireStaff(caller, course.id());
        return course;
    }
}
