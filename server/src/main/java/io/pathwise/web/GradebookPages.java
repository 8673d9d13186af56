package io.pathwise.web;

import io.pathwise.assessment.AssessmentApi;
import io.pathwise.assessment.GradebookRequest;
import io.pathwise.assessment.GradingQueuePage;
import io.pathwise.assessment.GradingQueueRequest;
import io.pathwise.assessment.GradingTask;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A course's grade book and its queue of free-text answers to grade, for its instructors,
 * teaching assistants and tenant admins (the assessment module refuses anyone else with 403, and
 * hides the course from non-members with 404). Grading is a plain form per answer: it works
 * without JavaScript, and Thymeleaf adds the CSRF token.
 */
@Controller
class GradebookPages {

    private final AssessmentApi assessment;
    private final CatalogApi catalog;
    private final Viewers viewers;

    GradebookPages(AssessmentApi assessment, CatalogApi catalog, Viewers viewers) {
        this.assessment = assessment;
        this.catalog = catalog;
        this.viewers = viewers;
    }

    /** A grade the form could not save: which answer, the problem and what was typed, to show it again. */
    record Refused(UUID attemptId, String itemKey, String field, String reason, String score, String feedback) {

        public boolean about(GradingTask task) {
            return task.attemptId().equals(attemptId) && task.itemKey().equals(itemKey);
        }
    }

    /** A page of the grade book: 100 learners, the most the API gives, so that a class fits on one. */
    @GetMapping("/courses/{slug}/gradebook")
    @PreAuthorize("isAuthenticated()")
    String gradebook(@PathVariable String slug, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("book", assessment.gradebook(CurrentPrincipal.get(), slug,
                GradebookRequest.of(cursor, PageRequest.MAX_LIMIT)));
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        model.addAttribute("times", viewers.current().times());
        return "gradebook";
    }

    @GetMapping("/courses/{slug}/grading")
    @PreAuthorize("isAuthenticated()")
    String queue(@PathVariable String slug, @RequestParam(required = false) String cursor, Model model) {
        return queuePage(slug, cursor, null, model);
    }

    /**
     * Grades one answer and goes back to the same page of the queue, where it is gone and a message
     * says so. The form carries the page's cursor, so an instructor who paged on stays there.
     */
    @PostMapping("/courses/{slug}/grading")
    @PreAuthorize("isAuthenticated()")
    String grade(@PathVariable String slug, @RequestParam UUID attemptId, @RequestParam String itemKey,
            @RequestParam(required = false) String score, @RequestParam(defaultValue = "") String feedback,
            @RequestParam(required = false) String cursor, Model model, RedirectAttributes redirect) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        GradingQueueRequest.of(cursor, null); // a cursor the page did not issue is refused before anything is graded
        // Named before grading: once graded, the answer is no longer in the queue to be named from.
        String graded = assessment.waitingAnswer(caller, slug, attemptId, itemKey)
                .map(task -> task.learner() + "’s answer to “" + task.itemKey() + "” in " + task.quizTitle())
                .orElse("the answer to “" + itemKey + "”");
        try {
            assessment.grade(caller, attemptId, itemKey, parseScore(score), feedback);
        } catch (ApiException e) {
            if (!e.status().is4xxClientError() || e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            FieldProblem problem = e.problems().isEmpty() ? new FieldProblem("form", e.getMessage()) : e.problems().get(0);
            return queuePage(slug, cursor, new Refused(attemptId, itemKey, problem.field(), problem.reason(), score, feedback),
                    model);
        }
        redirect.addFlashAttribute("graded", graded);
        if (cursor != null && !cursor.isBlank()) {
            redirect.addAttribute("cursor", cursor);
        }
        return "redirect:/courses/" + slug + "/grading";
    }

    /** A page of the queue: as many answers as the API gives by default (20), oldest attempts first. */
    private String queuePage(String slug, String cursor, Refused refused, Model model) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        GradingQueuePage queue = assessment.gradingQueue(caller, slug, GradingQueueRequest.of(cursor, null));
        model.addAttribute("course", catalog.courseBySlug(caller, slug));
        model.addAttribute("queue", queue);
        model.addAttribute("tasks", queue.tasks());
        model.addAttribute("cursor", cursor == null || cursor.isBlank() ? null : cursor);
        model.addAttribute("refused", refused);
        model.addAttribute("times", viewers.current().times());
        return "grading";
    }

    /** The form's score: required, a number from 0 to 1 (the radio buttons send 0, 0.5 or 1). */
    private static double parseScore(String score) {
        if (score == null || score.isBlank()) {
            throw ApiException.badField("score", "choose a score");
        }
        try {
            return Double.parseDouble(score.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badField("score", "must be a number from 0 to 1");
        }
    }
}
