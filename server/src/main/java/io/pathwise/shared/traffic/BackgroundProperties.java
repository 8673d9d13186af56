package io.pathwise.shared.traffic;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How background work (recording a graded attempt's evidence, updating the learner model) gives way
 * to learners' requests.
 *
 * @param quietPeriod background work starts once no submission or answer check has arrived for this long
 * @param maxDelay longest background work waits for such a quiet moment before it runs anyway
 */
@ConfigurationProperties("pathwise.background")
public record BackgroundProperties(@DefaultValue("200ms") Duration quietPeriod, @DefaultValue("60s") Duration maxDelay) {
}
