package io.pathwise.identity.web;

import io.pathwise.identity.UserView;
import io.pathwise.identity.account.Accounts;
import io.pathwise.identity.account.ActivationTokens;
import io.pathwise.identity.account.UserRepository;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.pathwise.shared.web.SecretResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Organizations and accounts")
class UserAdminController {

    record InviteRequest(String email, String displayName, Boolean tenantAdmin, String locale, String timeZone) {
    }

    record Invited(UserView user, String activationPath) {
    }

    private final Accounts accounts;
    private final ActivationTokens activationTokens;
    private final UserRepository users;

    UserAdminController(Accounts accounts, ActivationTokens activationTokens, UserRepository users) {
        this.accounts = accounts;
        this.activationTokens = activationTokens;
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Users of the caller's organization (tenant admin)")
    CursorPage<UserView> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return CursorPage.of(users.listInTenant(CurrentPrincipal.get().tenantId(), page), page, UserView::id);
    }

    @PostMapping
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a user to the organization; returns the activation path to pass on (tenant admin)")
    Invited invite(@RequestBody InviteRequest request,
            HttpServletRequest httpRequest, HttpServletResponse response) {
        SecretResponses.mark(httpRequest, response);
        UserView user = accounts.createUser(CurrentPrincipal.get().tenantId(), new Accounts.NewUser(request.email(),
                request.displayName(), request.locale(), request.timeZone(), null, Boolean.TRUE.equals(request.tenantAdmin())));
        return new Invited(user, "/activate?token=" + URLEncoder.encode(activationTokens.issue(user.id()), StandardCharsets.UTF_8));
    }
}
