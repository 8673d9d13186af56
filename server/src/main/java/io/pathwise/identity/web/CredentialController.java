package io.pathwise.identity.web;

import io.pathwise.identity.ApiCredentialView;
import io.pathwise.identity.NewApiCredential;
import io.pathwise.identity.credential.ApiCredentials;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.pathwise.shared.web.SecretResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/credentials")
@Tag(name = "API credentials")
class CredentialController {

    record CreateCredential(String label, List<String> scopes) {
    }

    private final ApiCredentials credentials;

    CredentialController(ApiCredentials credentials) {
        this.credentials = credentials;
    }

    @GetMapping
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "The organization's API credentials, without secrets (tenant admin)")
    CursorPage<ApiCredentialView> list(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return CursorPage.of(credentials.list(CurrentPrincipal.get().tenantId(), page), page, ApiCredentialView::id);
    }

    @PostMapping
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a key and secret for a machine client; the secret is shown only now (tenant admin)")
    NewApiCredential create(@RequestBody CreateCredential request,
            HttpServletRequest httpRequest, HttpServletResponse response) {
        SecretResponses.mark(httpRequest, response);
        PathwisePrincipal caller = CurrentPrincipal.get();
        return credentials.create(caller.tenantId(), caller.userId(), request.label(), request.scopes());
    }

    @DeleteMapping("/{credentialId}")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a credential (tenant admin)")
    void revoke(@PathVariable UUID credentialId) {
        if (!credentials.revoke(CurrentPrincipal.get().tenantId(), credentialId)) {
            throw ApiException.notFound("Credential " + credentialId);
        }
    }
}
