package io.pathwise.assessment.attempt;

import io.pathwise.assessment.store.ItemStore;
import java.util.List;
import java.util.UUID;

/**
 * Answer keys of a course changed, and the attempts already submitted were regraded in the same
 * transaction. Published within that transaction, so that {@link StaleGradeCatchUp} can regrade,
 * once it has committed, the submissions that graded with the old keys meanwhile.
 */
public record AnswerKeysChanged(UUID tenantId, UUID courseId, List<ItemStore.KeyChange> changes) {
}
