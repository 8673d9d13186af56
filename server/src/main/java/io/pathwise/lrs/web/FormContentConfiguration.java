package io.pathwise.lrs.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring MVC's FormContentFilter reads the body of every form-encoded PUT, PATCH and DELETE as
 * parameters, and fails the request when the body is not valid URL encoding. On the xAPI resources
 * a form-encoded body is a document (documents may have any content type, xAPI Communication 1.5)
 * that must reach the controller byte for byte, so this filter, which takes the place of Spring
 * Boot's, does the same everywhere but there.
 */
@Configuration(proxyBeanMethods = false)
class FormContentConfiguration {

    @Bean
    OrderedFormContentFilter formContentFilter() {
        return new OrderedFormContentFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return request.getRequestURI().startsWith("/xapi/");
            }
        };
    }
}
