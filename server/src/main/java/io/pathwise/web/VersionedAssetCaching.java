package io.pathwise.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Lets browsers keep a content-versioned asset for a year. Pages link our stylesheets and scripts
 * as {@code /assets/css/pathwise-<md5>.css} (the resource chain's content strategy, application.yml),
 * so such a URL always names the same bytes: a release that changes the file links a new URL.
 *
 * <p>Only the URL whose version is the file's current one gets the long lifetime, checked against
 * the same {@link ResourceUrlProvider} that writes the pages' links: a URL with another version
 * is not served (404) and must not be cached as if it were. Plain URLs
 * ({@code /assets/css/pathwise.css}, the quiz service worker, the modules a script imports by
 * relative path) keep the site's default headers, so they are fetched fresh after a release.
 */
@Configuration(proxyBeanMethods = false)
class VersionedAssetCaching {

    /** A year, the longest lifetime HTTP caches are expected to honour (RFC 9111 section 5.2.2.1). */
    static final String LONG_LIVED = "public, max-age=31536000, immutable";

    /** {@code name-<32 hex digits>.ext}: the content strategy's form of {@code name.ext}. */
    private static final Pattern VERSIONED = Pattern.compile("^(.+)-[0-9a-f]{32}(\\.[^./]+)$");

    @Bean
    FilterRegistrationBean<VersionedAssetCachingFilter> versionedAssetCachingFilter(ResourceUrlProvider mvcResourceUrlProvider) {
        FilterRegistrationBean<VersionedAssetCachingFilter> registration =
                new FilterRegistrationBean<>(new VersionedAssetCachingFilter(mvcResourceUrlProvider));
        registration.addUrlPatterns("/assets/*");
        registration.setName("versionedAssetCachingFilter");
        return registration;
    }

    static final class VersionedAssetCachingFilter extends OncePerRequestFilter {

        private final ResourceUrlProvider urls;

        VersionedAssetCachingFilter(ResourceUrlProvider urls) {
            this.urls = urls;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            Matcher versioned = VERSIONED.matcher(path);
            if (versioned.matches() && path.equals(urls.getForLookupPath(versioned.group(1) + versioned.group(2)))) {
                // Set before the handler runs: Spring Security's no-store default is written only
                // when the response has no Cache-Control of its own.
                response.setHeader(HttpHeaders.CACHE_CONTROL, LONG_LIVED);
            }
            chain.doFilter(request, response);
        }
    }
}
