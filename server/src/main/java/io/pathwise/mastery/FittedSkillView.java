package io.pathwise.mastery;

import java.time.Instant;

/**
 * A skill's BKT parameters as the learner model uses them: fitted from the course's evidence, or
 * the defaults ({@code fitted} false) while there is too little evidence to fit.
 */
public record FittedSkillView(String skillKey, String name, boolean fitted, double prior, double learn, double guess,
        double slip, double forget, int observations, int learners, Double logLikelihood, Instant fittedAt) {
}
