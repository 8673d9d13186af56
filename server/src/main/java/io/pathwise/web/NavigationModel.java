package io.pathwise.web;

import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the page header needs (who is signed in, which links to show) into every page's model. */
@ControllerAdvice(basePackageClasses = NavigationModel.class)
class NavigationModel {

    private final PageAccess access;

    NavigationModel(PageAccess access) {
        this.access = access;
    }

    @ModelAttribute
    void navigation(Model model) {
        PathwisePrincipal caller = CurrentPrincipal.find().orElse(null);
        model.addAttribute("caller", caller);
        model.addAttribute("canImport", caller != null && access.canImportCourses());
    }
}
