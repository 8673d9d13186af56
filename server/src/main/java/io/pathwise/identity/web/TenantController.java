package io.pathwise.identity.web;

import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import io.pathwise.identity.UserView;
import io.pathwise.identity.account.Accounts;
import io.pathwise.identity.security.IdentityProperties;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organizations and accounts")
class TenantController {

    record SignUpRequest(String organizationName, String slug, String email, String displayName, String password,
            String locale, String timeZone) {
    }

    record SignUpResponse(TenantView tenant, UserView admin) {
    }

    record MeResponse(UserView user, TenantView tenant, Map<UUID, io.pathwise.identity.CourseRole> courseRoles) {
    }

    private final Accounts accounts;
    private final IdentityApi identity;
    private final IdentityProperties properties;

    TenantController(Accounts accounts, IdentityApi identity, IdentityProperties properties) {
        this.accounts = accounts;
        this.identity = identity;
        this.properties = properties;
    }

    @PostMapping("/api/v1/tenants")
    @PreAuthorize("permitAll()")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an organization and its first administrator (when open sign-up is on)")
    SignUpResponse signUp(@RequestBody SignUpRequest request) {
        if (!properties.openSignUp()) {
            throw ApiException.forbidden("Sign-up is closed on this installation; ask an administrator.");
        }
        UserView admin = accounts.signUp(request.organizationName(), request.slug(), new Accounts.NewUser(
                request.email(), request.displayName(), request.locale(), request.timeZone(), request.password(), true));
        return new SignUpResponse(identity.tenant(admin.tenantId()).orElseThrow(), admin);
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's account, organization and course roles")
    MeResponse me() {
        PathwisePrincipal caller = CurrentPrincipal.get();
        return new MeResponse(identity.user(caller.userId()).orElseThrow(),
                identity.tenant(caller.tenantId()).orElseThrow(), identity.courseRoles(caller.userId()));
    }
}
