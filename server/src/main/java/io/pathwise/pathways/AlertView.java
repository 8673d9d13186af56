package io.pathwise.pathways;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert a rule raised for the course's staff.
 *
 * @param learnerName the learner's name when the rule fired
 * @param ruleId the id of the rule in the course's {@code pathways/rules.yaml}
 */
public record AlertView(UUID id, UUID learnerId, String learnerName, String ruleId, String message, Instant at) {
}
