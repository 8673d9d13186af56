package io.pathwise.assessment.attempt;

import io.pathwise.assessment.grading.ItemActivity;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A learner's submission of an attempt, as the player sends it.
 *
 * @param idempotencyKey generated once by the device for this submission; every retry carries it
 * @param answers by item key; an item left out is unanswered
 * @param answeredAt when the device says the learner submitted (its clock): trusted only within
 *        the offline grace window after the deadline
 */
public record Submission(String idempotencyKey, Map<String, JsonNode> answers, Map<String, ItemActivity> items,
        Instant answeredAt) {
}
