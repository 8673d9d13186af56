package io.pathwise.web;

import io.pathwise.identity.ApiCredentialView;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.NewApiCredential;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import io.pathwise.shared.web.SecretResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tenant admin's page for the key-and-secret credentials of machine clients (xAPI content,
 * scripts): the list, a form to create one, and revocation. A new credential's secret is shown in
 * the answer to the form, once, and never stored in the session or any cache.
 */
@Controller
class CredentialsPage {

    private static final String PATH = "/admin/credentials";

    /**
     * The xAPI scopes in the order of the specification's table (xAPI Communication 4.2), with what
     * each lets a client do. A scope the identity module accepts and this list lacks is still
     * offered, after these, under its own name.
     */
    private static final Map<String, String> SCOPE_DESCRIPTIONS = scopeDescriptions();

    /** Ticked on a fresh form: what xAPI content in a course needs, and no more. */
    private static final List<String> DEFAULT_SCOPES = List.of("statements/write", "statements/read/mine");

    private final IdentityApi identity;
    private final Viewers viewers;

    CredentialsPage(IdentityApi identity, Viewers viewers) {
        this.identity = identity;
        this.viewers = viewers;
    }

    /** A credential as the table shows it, its times in the viewer's zone ({@code revoked} null while live). */
    record Row(ApiCredentialView credential, String created, String revoked) {
    }

    /** A scope checkbox: the scope, what it allows, and whether it is ticked. */
    record ScopeOption(String scope, String description, boolean checked) {
    }

    @GetMapping(PATH)
    @PreAuthorize("@pageAccess.canManageCredentials()")
    String list(@RequestParam(required = false) String cursor, Model model) {
        fill(model, cursor, "", DEFAULT_SCOPES);
        // After a revocation (flash attribute of the redirect) the confirmation names the credential.
        if (model.getAttribute("revoked") instanceof UUID revoked) {
            @SuppressWarnings("unchecked")
            List<Row> listed = (List<Row>) model.getAttribute("credentials");
            listed.stream().map(Row::credential).filter(c -> c.id().equals(revoked)).findFirst()
                    .ifPresent(c -> model.addAttribute("revokedCredential", c));
        }
        return "credentials";
    }

    @PostMapping(PATH)
    @PreAuthorize("@pageAccess.canManageCredentials()")
    String create(@RequestParam(defaultValue = "") String label, @RequestParam(required = false) List<String> scopes,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        List<String> chosen = scopes == null ? List.of() : scopes;
        try {
            NewApiCredential created = identity.createApiCredential(caller.tenantId(), caller.userId(), label, chosen);
            // The only response that ever holds the secret: no cache may keep it (no-store), and it
            // is rendered here rather than after a redirect, so it never sits in the session.
            SecretResponses.mark(request, response);
            model.addAttribute("created", created);
            model.addAttribute("endpoint", ServletUriComponentsBuilder.fromContextPath(request).path("/xapi/")
                    .toUriString());
            fill(model, null, "", DEFAULT_SCOPES);
        } catch (ApiException e) {
            model.addAttribute("problems", problems(e));
            fill(model, null, label, chosen);
        }
        return "credentials";
    }

    @PostMapping(PATH + "/{credentialId}/revoke")
    @PreAuthorize("@pageAccess.canManageCredentials()")
    String revoke(@PathVariable UUID credentialId, RedirectAttributes redirect) {
        if (!identity.revokeApiCredential(CurrentPrincipal.get().tenantId(), credentialId)) {
            throw ApiException.notFound("Credential " + credentialId);
        }
        redirect.addFlashAttribute("revoked", credentialId);
        return "redirect:" + PATH;
    }

    private void fill(Model model, String cursor, String label, List<String> checked) {
        CursorPage<ApiCredentialView> page = identity.apiCredentials(CurrentPrincipal.get().tenantId(),
                PageRequest.of(cursor, PageRequest.MAX_LIMIT));
        DateTimeFormatter times = viewers.current().times();
        model.addAttribute("credentials", page.items().stream().map(c -> new Row(c, times.format(c.createdAt()),
                c.revokedAt() == null ? null : times.format(c.revokedAt()))).toList());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("label", label);
        List<ScopeOption> options = new ArrayList<>();
        SCOPE_DESCRIPTIONS.forEach((scope, description) -> {
            if (identity.apiCredentialScopes().contains(scope)) {
                options.add(new ScopeOption(scope, description, checked.contains(scope)));
            }
        });
        identity.apiCredentialScopes().stream().filter(scope -> !SCOPE_DESCRIPTIONS.containsKey(scope)).sorted()
                .forEach(scope -> options.add(new ScopeOption(scope, scope, checked.contains(scope))));
        model.addAttribute("scopes", options);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
    }

    /** The problems by form field; {@code scopes[2]} belongs to the scopes field. */
    private static Map<String, String> problems(ApiException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<FieldProblem> problems = e.problems().isEmpty() ? List.of(new FieldProblem("form", e.getMessage()))
                : e.problems();
        for (FieldProblem problem : problems) {
            String field = problem.field().startsWith("scopes") ? "scopes" : problem.field();
            // Identity names every scope it knows when none was given; the checkboxes already show them.
            String reason = problem.field().equals("scopes") ? "choose at least one" : problem.reason();
            byField.merge(field, reason, (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        return byField;
    }

    private static Map<String, String> scopeDescriptions() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("statements/write", "Write statements");
        scopes.put("statements/read/mine", "Read the statements this credential wrote");
        scopes.put("statements/read", "Read every statement");
        scopes.put("state", "Read and write state documents");
        scopes.put("define", "Define and redefine activities");
        scopes.put("profile", "Read and write activity and agent profiles");
        scopes.put("all/read", "Read everything");
        scopes.put("all", "Everything: read and write all of the above");
        return scopes;
    }
}
