package io.pathwise.assessment.store;

import io.pathwise.assessment.item.QuizDefinition;
import java.util.UUID;

/** A quiz as stored: its id, the course it belongs to and its definition. */
public record StoredQuiz(UUID id, UUID tenantId, UUID courseId, QuizDefinition definition) {
}
