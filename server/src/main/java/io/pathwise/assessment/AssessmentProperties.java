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
 * @param evidenceQuietPeriod a graded attempt's evidence is recorded once no submission or answer
 *        check has arrived for this long: during an exam the learners' replies come first
 * @param evidenceMaxDelay longest a graded attempt's evidence waits for a quiet moment before it
 *        is recorded anyway
 */
@ConfigurationProperties("pathwise.assessment")
public record AssessmentProperties(@DefaultValue("15m") Duration offlineGrace,
        @DefaultValue("256KB") DataSize maxSubmissionBytes,
        @DefaultValue("200ms") Duration evidenceQuietPeriod,
        @DefaultValue("60s") Duration evidenceMaxDelay) {
}
