package io.pathwise.web;

import io.pathwise.catalog.ActivityDetail;
import io.pathwise.catalog.ActivityKind;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.shared.markdown.MarkdownRenderer;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The quiz player's page: a shell with the quiz's title and what the island ({@code quiz-player.js})
 * needs to call the assessment API as the signed-in learner (the API base, the CSRF token and
 * header) and to keep working offline (the service worker's URL and scope). The quiz itself (its
 * items, the learner's answers) comes from the API and IndexedDB, never from this page, so the
 * page can be cached by the service worker without holding any answer.
 */
@Controller
class QuizPages {

    /** The browser flavour of the API: the session cookie with the CSRF header (docs/assessment.md). */
    static final String API_BASE = "/browser-api/v1";

    private final CatalogApi catalog;
    private final MarkdownRenderer markdown;
    private final QuizOfflineAssets offline;
    private final String contextPath;

    QuizPages(CatalogApi catalog, MarkdownRenderer markdown, QuizOfflineAssets offline, ServletContext servletContext) {
        this.catalog = catalog;
        this.markdown = markdown;
        this.offline = offline;
        this.contextPath = servletContext.getContextPath();
    }

    @GetMapping("/courses/{slug}/quizzes/{activityKey}")
    @PreAuthorize("isAuthenticated()")
    String quiz(@PathVariable String slug, @PathVariable String activityKey, Model model, HttpServletRequest request) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        ActivityDetail activity = catalog.activity(course, activityKey);
        if (activity.activity().kind() != ActivityKind.QUIZ) {
            throw ApiException.notFound("Quiz " + activityKey);
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf == null) {
            csrf = (CsrfToken) request.getAttribute("_csrf");
        }
        model.addAttribute("course", course);
        model.addAttribute("activity", activity);
        // The author's introduction to the quiz (what it covers, how many attempts); no items.
        model.addAttribute("content", markdown.render(activity.content()));
        model.addAttribute("apiBase", contextPath + API_BASE);
        model.addAttribute("csrfHeader", csrf == null ? "" : csrf.getHeaderName());
        model.addAttribute("csrfToken", csrf == null ? "" : csrf.getToken());
        model.addAttribute("learnerId", caller.userId().toString());
        model.addAttribute("workerUrl", contextPath + QuizOfflineAssets.WORKER + "?v=" + offline.version());
        model.addAttribute("workerScope", contextPath + "/");
        model.addAttribute("courseUrl", contextPath + "/courses/" + course.slug());
        return "quiz";
    }
}
