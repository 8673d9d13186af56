package io.pathwise.assessment.store;

import io.pathwise.assessment.item.ItemDefinition;

/** An item as stored: its definition and the version of its answer key (1 for the first). */
public record StoredItem(ItemDefinition definition, int version) {
}
