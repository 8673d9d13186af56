package io.pathwise.identity.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.pathwise.identity.account.TenantRepository;
import io.pathwise.identity.account.UserRepository;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two ways in. The API ({@code /api/**}) is stateless: bearer tokens, no cookies, so no CSRF, and
 * 401/403 as problem documents. The web pages use a session cookie from the sign-in form, with
 * CSRF protection and strict security headers. Which role each endpoint needs is declared on the
 * endpoint itself ({@code @PreAuthorize}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** How far past its expiry a bearer token is still accepted, for clocks that differ between nodes. */
    static final Duration TOKEN_CLOCK_SKEW = Duration.ofSeconds(5);
    /**
     * Session attribute with the address of a sign-in that must name its organization; the sign-in
     * page (templates/sign-in.html, as {@code session.signInAddress}) fills it in again.
     */
    static final String SIGN_IN_ADDRESS = "signInAddress";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * No observations of the filter chains at all. Switching them off by property only makes each
     * observation a no-op; the chains are still wrapped, filter by filter, on every request, which
     * the LRS benchmark's profile showed as a visible share of a query's server time.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserRepository users, TenantRepository tenants,
            PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        return new ProviderManager(new ThrottledAuthenticationProvider(
                new PasswordSignIn(users, tenants, passwordEncoder), throttle));
    }

    @Bean
    SecretKey tokenSigningKey(IdentityProperties properties) {
        byte[] key;
        if (properties.tokenSecret().isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            log.warn("pathwise.identity.token-secret is not set: bearer tokens are signed with a random key and "
                    + "stop working when this process restarts. Set it (Base64, 32+ bytes) for production and for "
                    + "more than one node.");
        } else {
            key = Base64.getDecoder().decode(properties.tokenSecret());
            if (key.length < 32) {
                throw new IllegalStateException("pathwise.identity.token-secret must decode to at least 32 bytes");
            }
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey tokenSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenSigningKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey tokenSigningKey) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokenSigningKey).macAlgorithm(MacAlgorithm.HS256).build();
        // Spring's default allows 60 s of clock skew, which made a 15-minute token live 16. The tokens are
        // ours and the nodes' clocks are kept by NTP, so a few seconds are enough.
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(new JwtTimestampValidator(TOKEN_CLOCK_SKEW))));
        return decoder;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/auth/refresh",
                                "/api/v1/auth/activate", "/api/v1/tenants").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new BearerTokenPrincipalConverter()))
                        .authenticationEntryPoint(ProblemSecurityResponses.unauthorized(json, "Bearer"))
                        .accessDeniedHandler(ProblemSecurityResponses.forbidden(json)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemSecurityResponses.unauthorized(json, "Bearer"))
                        .accessDeniedHandler(ProblemSecurityResponses.forbidden(json)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/sign-in", "/sign-up", "/activate", "/assets/**", "/webjars/**",
                                "/favicon.ico", "/error", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .usernameParameter("email")
                        .authenticationDetailsSource(request -> new SignInDetails(request.getParameter("organization")))
                        .defaultSuccessUrl("/courses", false)
                        .failureHandler((request, response, e) -> {
                            if (e instanceof OrganizationNeededException) {
                                // The form asks for the organization next; it keeps the address typed.
                                request.getSession().setAttribute(SIGN_IN_ADDRESS, request.getParameter("email"));
                            }
                            response.sendRedirect(e instanceof SignInPausedException ? "/sign-in?paused"
                                    : e instanceof OrganizationNeededException ? "/sign-in?organization"
                                    : "/sign-in?error");
                        }))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
