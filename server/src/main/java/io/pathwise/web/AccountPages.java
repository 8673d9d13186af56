package io.pathwise.web;

import io.pathwise.identity.IdentityApi;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.CurrentPrincipal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Landing, sign-in, sign-up and activation pages. Signing in itself is Spring Security's form login. */
@Controller
class AccountPages {

    private final IdentityApi accounts;

    AccountPages(IdentityApi accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/")
    @PreAuthorize("permitAll()")
    String home() {
        return CurrentPrincipal.find().isPresent() ? "redirect:/courses" : "redirect:/sign-in";
    }

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn() {
        return "sign-in";
    }

    @GetMapping("/sign-up")
    @PreAuthorize("permitAll()")
    String signUpForm(Model model) {
        model.addAttribute("openSignUp", accounts.openSignUp());
        return "sign-up";
    }

    @PostMapping("/sign-up")
    @PreAuthorize("permitAll()")
    String signUp(@RequestParam String organizationName, @RequestParam String slug, @RequestParam String email,
            @RequestParam String displayName, @RequestParam String password, Model model) {
        model.addAttribute("openSignUp", accounts.openSignUp());
        try {
            accounts.signUp(organizationName, slug, email, displayName, password);
            return "redirect:/sign-in?created";
        } catch (ApiException e) {
            model.addAttribute("problems", e.problems().isEmpty() ? List.of(new FieldProblem("form", e.getMessage())) : e.problems());
            model.addAttribute("form", new SignUpForm(organizationName, slug, email, displayName));
            return "sign-up";
        }
    }

    @GetMapping("/activate")
    @PreAuthorize("permitAll()")
    String activationForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "activate";
    }

    @PostMapping("/activate")
    @PreAuthorize("permitAll()")
    String activate(@RequestParam String token, @RequestParam String password, Model model) {
        try {
            accounts.activate(token, password);
            return "redirect:/sign-in?activated";
        } catch (ApiException e) {
            model.addAttribute("token", token);
            model.addAttribute("problems", e.problems());
            return "activate";
        }
    }

    /** What the sign-up form shows again after a problem (never the password). */
    record SignUpForm(String organizationName, String slug, String email, String displayName) {
    }
}
