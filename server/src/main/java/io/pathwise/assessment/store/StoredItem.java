package io.pathwise.assessment.store;

import io.pathwise.assessment.item.ItemDefinition;
import java.time.Instant;

/**
 * An item as stored: its definition, the version of its answer key (1 for the first) and when it
 * was last saved (an import saves every item of the package, changed or not).
 */
public record StoredItem(ItemDefinition definition, int version, Instant updatedAt) {
}
