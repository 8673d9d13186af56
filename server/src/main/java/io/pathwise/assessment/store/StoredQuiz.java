package io.pathwise.assessment.store;

import io.pathwise.assessment.item.QuizDefinition;
import java.util.UUID;

/**
 * A quiz as stored: its id, the course it belongs to, its definition, and its catalog activity's
 * IRI and title as of the last import.
 */
public record StoredQuiz(UUID id, UUID tenantId, UUID courseId, QuizDefinition definition, String activityIri,
        String title) {
}
