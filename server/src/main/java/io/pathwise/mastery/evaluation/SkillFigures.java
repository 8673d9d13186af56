package io.pathwise.mastery.evaluation;

import io.pathwise.mastery.model.BktFit;

/**
 * How one fit did on one skill: the parameters it predicted with and the figures of those
 * predictions, so a poor overall figure can be traced to the skills behind it.
 *
 * @param fold    1-based fit number (always 1 for a train/test evaluation)
 * @param skill   the skill's name as in the file
 * @param fit     what the fit gave the skill; null when the training learners never practised it
 *                (its responses were predicted from the default parameters)
 * @param metrics of this skill's predicted responses
 * @param logLoss mean of -ln P(the answer given) over those responses: the per-response
 *                log-likelihood that EM maximises, with the sign turned so that lower is better
 */
public record SkillFigures(int fold, String skill, BktFit fit, PredictionMetrics metrics, double logLoss) {
}
