package io.pathwise.web;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * What the quiz player needs to run offline: its service worker ({@value #WORKER}) may control the
 * whole site ({@code Service-Worker-Allowed}), so that it sees the quiz pages under
 * {@code /courses/} and the sign-in and sign-out requests on which it forgets cached pages; and a
 * version computed from the files the worker keeps, which names its cache and is part of the
 * worker's URL, so that a release with changed files installs a new worker that fetches them again.
 */
@Configuration(proxyBeanMethods = false)
class QuizOfflineAssets {

    /** Served as a static file; the filter below adds the header that widens its scope. */
    static final String WORKER = "/assets/js/quiz-sw.js";

    /** The files the worker keeps (its own list, in quiz-sw.js, names the same) and the worker itself. */
    static final List<String> FILES = List.of("static/js/quiz-sw.js", "static/js/quiz-player.js",
            "static/js/quiz-items.js", "static/js/quiz-store.js", "static/css/pathwise.css", "static/css/quiz.css");

    private final String version;

    QuizOfflineAssets() {
        this.version = digest(FILES);
    }

    /** A short digest of the files' contents. */
    String version() {
        return version;
    }

    @Bean
    FilterRegistrationBean<Filter> quizWorkerScope(ServletContext servletContext) {
        String scope = servletContext.getContextPath() + "/";
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            ((HttpServletResponse) response).setHeader("Service-Worker-Allowed", scope);
            chain.doFilter(request, response);
        });
        registration.addUrlPatterns(WORKER);
        registration.setName("quizWorkerScope");
        return registration;
    }

    private static String digest(List<String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                try (InputStream in = new ClassPathResource(file).getInputStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("a file of the quiz player is missing", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
