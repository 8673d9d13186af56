package io.pathwise.shared.cache;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A value derived from a course and kept until the course's revision changes. A course changes
 * only by importing a package, which raises its revision, and every request reads the course (and
 * so its revision) first: a request that brings a newer revision derives the value again, so every
 * node stays current without being told. Two requests that derive at once both derive; the last
 * one kept wins, which is harmless for a value that depends only on the revision.
 *
 * @param <T> the derived value; immutable, since every request of the revision shares it
 */
public final class KeptPerRevision<T> {

    private record Kept<T>(int revision, T value) {
    }

    private final Map<UUID, Kept<T>> byCourse = new ConcurrentHashMap<>();

    /** The value kept for the course at this revision, or {@code derive}'s, kept from now on. */
    public T get(UUID courseId, int revision, Supplier<T> derive) {
        Kept<T> kept = byCourse.get(courseId);
        if (kept == null || kept.revision() != revision) {
            kept = new Kept<>(revision, derive.get());
            byCourse.put(courseId, kept);
        }
        return kept.value();
    }
}
