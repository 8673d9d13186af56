package io.pathwise.assessment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the assessment module.
 *
 * @param offlineGrace how long after an attempt's deadline a submission still counts, when the
 *        device says its answers were given before the deadline (answers made offline arrive late)
 * @param maxSubmissionBytes largest submission or draft body; larger ones get 413
 */
@ConfigurationProperties("pathwise.assessment")
public record AssessmentProperties(@DefaultValue("15m") Duration offlineGrace,
        @DefaultValue("256KB") DataSize maxSubmissionBytes) {
}
