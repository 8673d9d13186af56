package io.pathwise.mastery.tracing;

import io.pathwise.mastery.MasteryProperties;
import io.pathwise.mastery.review.FsrsWeights;
import io.pathwise.mastery.review.ReviewScheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review scheduler with the installation's target retention and longest interval. */
@Configuration(proxyBeanMethods = false)
class ReviewSchedulerConfiguration {

    @Bean
    ReviewScheduler reviewScheduler(MasteryProperties properties) {
        return new ReviewScheduler(FsrsWeights.FSRS_5_DEFAULTS, properties.reviewRetention(),
                properties.reviewMaxInterval());
    }
}
