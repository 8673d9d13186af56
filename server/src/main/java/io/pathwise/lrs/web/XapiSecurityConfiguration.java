package io.pathwise.lrs.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The LRS's own way in: HTTP Basic with an API credential's key and secret (xAPI Communication 4),
 * stateless, no cookies and so no CSRF. Open to any origin, because xAPI content runs in browsers on
 * other sites and sends the credential itself; no cookie of Pathwise's is ever used here.
 * Only the About resource is public.
 */
@Configuration
class XapiSecurityConfiguration {

    static final String REALM = "Pathwise LRS";

    @Bean
    @Order(0)
    SecurityFilterChain xapiSecurity(HttpSecurity http, CredentialAuthentication credentials)
            throws Exception {
        http.securityMatcher("/xapi/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.OPTIONS, "/xapi/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/xapi/about").permitAll()
                        // Methods these resources never support get 405 from Spring, credentials or not.
                        .requestMatchers(HttpMethod.DELETE, "/xapi/statements", "/xapi/activities", "/xapi/agents",
                                "/xapi/about").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(credentials.provider()))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) ->
                        XapiResponses.unauthorized(response)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        XapiResponses.unauthorized(response)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(corsConfiguration()))
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource corsConfiguration() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.addAllowedOriginPattern("*");
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Experience-API-Version", "If-Match",
                "If-None-Match", "Accept-Language"));
        cors.setExposedHeaders(List.of("ETag", "Last-Modified", "Location", "X-Experience-API-Version",
                "X-Experience-API-Consistent-Through"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/xapi/**", cors);
        return source;
    }
}
