package io.pathwise.catalog;

import java.util.List;
import java.util.UUID;

/**
 * An activity without its text. {@code iri} is its permanent xAPI activity id; {@code teaches} and
 * {@code assesses} hold skill keys; {@code difficulty} is 1 (easiest) to 5 (hardest), 3 average.
 */
public record ActivitySummary(UUID id, String key, String iri, String title, ActivityKind kind, int minutes,
        List<String> teaches, List<String> assesses, int difficulty, ActivitySupport support) {
}
