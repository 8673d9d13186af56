package io.pathwise.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled create the demo organization, course and accounts at start-up (on for the embedded
 *        default, off in the postgres profile; ignored on any database but H2)
 */
@ConfigurationProperties("pathwise.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled) {
}
