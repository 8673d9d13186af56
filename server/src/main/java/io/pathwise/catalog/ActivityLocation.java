package io.pathwise.catalog;

import java.util.UUID;

/** Where an activity IRI lives: the course that holds the activity, and the activity. */
public record ActivityLocation(UUID courseId, ActivitySummary activity) {
}
