package io.pathwise.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * A true-or-false field of a JSON body takes only {@code true} or {@code false}. Jackson's default
 * also takes numbers and strings, so {@code {"optedIn": -1}}, {@code "true"} or a 400-digit number
 * were silently read as a choice the caller never made; they now get 400 naming the field (see
 * {@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonBooleans {

    @Bean
    JsonMapperBuilderCustomizer onlyJsonBooleansAreBooleans() {
        return builder -> builder.withCoercionConfig(LogicalType.Boolean, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }
}
