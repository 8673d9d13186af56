package io.pathwise.assessment.web;

import io.pathwise.assessment.attempt.AnswerChecks;
import io.pathwise.assessment.attempt.AttemptStarter;
import io.pathwise.assessment.attempt.Drafts;
import io.pathwise.assessment.attempt.QuizContext;
import io.pathwise.assessment.attempt.QuizContexts;
import io.pathwise.assessment.attempt.SubmissionOutcome;
import io.pathwise.assessment.attempt.Submissions;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A learner's attempts: start or resume, read exactly as shown, autosave, submit. Served to API
 * clients under /api/v1 (bearer token) and to the quiz player under /browser-api/v1 (the page's
 * session and CSRF token): one API, two ways to authenticate.
 */
@RestController
@RequestMapping({"/api/v1", "/browser-api/v1"})
class AttemptController {

    private final QuizContexts contexts;
    private final AttemptStarter starter;
    private final AttemptStore attempts;
    private final Drafts drafts;
    private final Submissions submissions;
    private final SubmissionBodies bodies;
    private final AttemptViews views;
    private final JsonMapper json;
    private final AnswerChecks checks;

    AttemptController(QuizContexts contexts, AttemptStarter starter, AttemptStore attempts, Drafts drafts,
            Submissions submissions, SubmissionBodies bodies, AttemptViews views, JsonMapper json, AnswerChecks checks) {
        this.checks = checks;
        this.contexts = contexts;
        this.starter = starter;
        this.attempts = attempts;
        this.drafts = drafts;
        this.submissions = submissions;
        this.bodies = bodies;
        this.views = views;
        this.json = json;
    }

    /** The quiz's settings and the caller's attempts at it. */
    @GetMapping("/courses/{slug}/quizzes/{activityKey}")
    @PreAuthorize("isAuthenticated()")
    ObjectNode quiz(@PathVariable String slug, @PathVariable String activityKey) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        QuizContext context = contexts.quiz(caller, slug, activityKey);
        ObjectNode view = QuizViews.settings(json, context);
        var mine = view.putArray("attempts");
        for (AttemptRow attempt : attempts.ofLearner(context.quiz().id(), caller.userId())) {
            ObjectNode row = mine.addObject();
            row.put("id", attempt.id().toString());
            row.put("number", attempt.number());
            row.put("status", attempt.status().name());
            row.put("startedAt", attempt.startedAt().toString());
            row.put("submittedAt", attempt.submittedAt() == null ? null : attempt.submittedAt().toString());
        }
        return view;
    }

    /** Starts an attempt (201), or returns the learner's open one (200). */
    @PostMapping("/courses/{slug}/quizzes/{activityKey}/attempts")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<ObjectNode> start(@PathVariable String slug, @PathVariable String activityKey) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        QuizContext context = contexts.quiz(caller, slug, activityKey);
        AttemptStarter.Started started = starter.start(caller, context);
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(views.of(started.attempt(), context));
    }

    @GetMapping("/attempts/{attemptId}")
    @PreAuthorize("isAuthenticated()")
    ObjectNode attempt(@PathVariable UUID attemptId) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        AttemptRow attempt = attempts.find(attemptId).filter(a -> a.tenantId().equals(caller.tenantId()))
                .orElseThrow(() -> ApiException.notFound("Attempt " + attemptId));
        QuizContext context = contexts.quizOf(caller, attempt);
        if (!attempt.learnerId().equals(caller.userId()) && !contexts.isStaff(caller, context.course().id())) {
            throw ApiException.notFound("Attempt " + attemptId);
        }
        return views.of(attempt, context);
    }

    /** Autosave: replaces the attempt's draft answers. */
    @PutMapping(path = "/attempts/{attemptId}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    ObjectNode saveDraft(@PathVariable UUID attemptId, @RequestBody String body) {
        Instant saved = drafts.save(CurrentPrincipal.get(), attemptId, bodies.draft(body));
        return json.createObjectNode().put("savedAt", saved.toString());
    }

    /**
     * Immediate feedback: checks one answer, {@code {"itemKey": "...", "answer": {...}}}, of a quiz
     * whose feedback policy is immediate. Each check counts as a try at the item.
     */
    @PostMapping(path = "/attempts/{attemptId}/checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    AnswerChecks.Verdict check(@PathVariable UUID attemptId, @RequestBody tools.jackson.databind.JsonNode body) {
        tools.jackson.databind.JsonNode itemKey = body.get("itemKey");
        tools.jackson.databind.JsonNode answer = body.get("answer");
        if (itemKey == null || !itemKey.isString()) {
            throw ApiException.badField("itemKey", "is required: the key of the item to check");
        }
        if (answer == null || !answer.isObject()) {
            throw ApiException.badField("answer", "is required: the answer, shaped as the item's type asks");
        }
        return checks.check(CurrentPrincipal.get(), attemptId, itemKey.asString(), answer);
    }

    /** Submits the attempt; a retry with the same idempotency key gets the first reply again. */
    @PostMapping(path = "/attempts/{attemptId}/submission", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<String> submit(@PathVariable UUID attemptId, @RequestBody String body) {
        SubmissionOutcome outcome;
        try {
            outcome = submissions.submit(CurrentPrincipal.get(), attemptId, bodies.submission(body));
        } catch (TransientDataAccessException e) {
            // Waited too long for the attempt's lock, held by an earlier copy of this submission (or a
            // regrade) on a saturated server: a lock or query timeout (H2 reports the first as the
            // second). The transaction rolled back, so nothing was written; sending it again is safe.
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Busy", "The attempt is being graded by an earlier "
                    + "request; send the same submission again (same idempotencyKey) to get its result.");
        }
        if (outcome instanceof SubmissionOutcome.Refused refused) {
            throw new ApiException(HttpStatus.CONFLICT, refused.title(), refused.reason());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(((SubmissionOutcome.Replied) outcome).body());
    }
}
