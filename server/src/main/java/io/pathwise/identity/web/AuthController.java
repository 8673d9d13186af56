package io.pathwise.identity.web;

import io.pathwise.identity.TokenPair;
import io.pathwise.identity.UserView;
import io.pathwise.identity.account.Accounts;
import io.pathwise.identity.account.UserRepository;
import io.pathwise.identity.security.LoginThrottle;
import io.pathwise.identity.security.OrganizationNeededException;
import io.pathwise.identity.security.SignInDetails;
import io.pathwise.identity.security.SignInPausedException;
import io.pathwise.identity.token.TokenService;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.problem.ProblemResponses;
import io.pathwise.shared.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import com.fasterxml.jackson.annotation.JsonProperty;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    /** {@code organization}: the organization's short name, needed only when the answer asks for it. */
    record TokenRequest(String email, String password, String organization) {
    }

    record RefreshRequest(@JsonProperty("refresh_token") String refreshToken) {
    }

    record ActivationRequest(String token, String password) {
    }

    private final AuthenticationManager authentication;
    private final TokenService tokens;
    private final UserRepository users;
    private final Accounts accounts;
    private final LoginThrottle throttle;

    AuthController(AuthenticationManager authentication, TokenService tokens, UserRepository users, Accounts accounts,
            LoginThrottle throttle) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.users = users;
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @PostMapping("/token")
    @PreAuthorize("permitAll()")
    @Operation(summary = "Sign in with e-mail and password (and the organization's short name when an address and "
            + "password open accounts in several); returns a bearer token and a refresh token")
    ResponseEntity<?> token(@RequestBody TokenRequest request) {
        if (request.email() == null || request.email().isBlank()) {
            throw ApiException.badField("email", "is required");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw ApiException.badField("password", "is required");
        }
        try {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password());
            attempt.setDetails(new SignInDetails(request.organization()));
            var result = authentication.authenticate(attempt);
            // The result is not in the security context yet; its principal is the signed-in user.
            var principal = ((CurrentPrincipal.HasPathwisePrincipal) result.getPrincipal()).pathwisePrincipal();
            UserView user = users.find(principal.userId()).orElseThrow().view();
            return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(tokens.issue(user));
        } catch (SignInPausedException e) {
            // Not an ApiException: the answer needs the Retry-After header as well as the problem body.
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, throttle.pausedFor(request.email()).toSeconds())))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemResponses.problem(HttpStatus.TOO_MANY_REQUESTS, "Sign-in paused", e.getMessage(),
                            List.of(new FieldProblem("email", "has too many failed sign-ins; try again later"))));
        } catch (OrganizationNeededException e) {
            throw ApiException.badField("organization", "is required: this address and password open accounts in "
                    + "more than one organization; give the short name of the one to sign in to");
        } catch (AuthenticationException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Sign-in failed",
                    "email, password: do not match an active account");
        }
    }

    @PostMapping("/refresh")
    @PreAuthorize("permitAll()")
    @Operation(summary = "Trade a refresh token for a new bearer token and refresh token")
    ResponseEntity<TokenPair> refresh(@RequestBody RefreshRequest request) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(tokens.refresh(request.refreshToken()));
    }

    @PostMapping("/activate")
    @PreAuthorize("permitAll()")
    @Operation(summary = "Set the first password of an invited account with its activation token")
    UserView activate(@RequestBody ActivationRequest request) {
        return accounts.activate(request.token(), request.password());
    }
}
