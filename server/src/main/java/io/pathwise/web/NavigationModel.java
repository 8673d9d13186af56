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
        // Importing courses and browsing statements are both for staff (PageAccess.isStaff): one
        // look-up of the caller's course roles serves both links.
        boolean staff = caller != null && access.isStaff();
        model.addAttribute("caller", caller);
        model.addAttribute("canImport", staff);
        model.addAttribute("canBrowseStatements", staff);
        model.addAttribute("canManageCredentials", caller != null && access.canManageCredentials());
    }
}
