package io.pathwise.web;

import io.pathwise.shared.problem.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Failures on pages become an error page with the status and a sentence, not a stack trace. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    @ExceptionHandler(ApiException.class)
    String apiException(ApiException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("title", e.title());
        model.addAttribute("detail", e.getMessage());
        return "error";
    }
}
