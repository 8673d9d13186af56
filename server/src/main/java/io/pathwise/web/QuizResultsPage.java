package io.pathwise.web;

import io.pathwise.assessment.AssessmentApi;
import io.pathwise.shared.security.CurrentPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A learner's results at one quiz: every attempt with its score, and per question their answer, the
 * verdict, the right answer and the worked solution, as far as the quiz's feedback policy allows.
 * Rendered on the server, so the tables work without JavaScript. Anyone in the course sees their
 * own attempts here and nobody else's; a course they cannot see is "not found".
 */
@Controller
class QuizResultsPage {

    private final AssessmentApi assessment;
    private final Viewers viewers;

    QuizResultsPage(AssessmentApi assessment, Viewers viewers) {
        this.assessment = assessment;
        this.viewers = viewers;
    }

    @GetMapping("/courses/{slug}/quizzes/{activityKey}/results")
    @PreAuthorize("isAuthenticated()")
    String results(@PathVariable String slug, @PathVariable String activityKey, Model model) {
        Viewers.Viewer viewer = viewers.current();
        model.addAttribute("results", assessment.results(CurrentPrincipal.get(), slug, activityKey));
        model.addAttribute("times", viewer.times());
        model.addAttribute("zone", viewer.zone().getId());
        return "quiz-results";
    }
}
