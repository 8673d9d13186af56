package io.pathwise.assessment.item;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where every random choice of an attempt comes from: a stream per purpose, derived from the attempt's
 * 64-bit seed so that the attempt is shown again exactly as it was, on any JVM and in any later version.
 *
 * <p>The derivation is written out rather than left to library defaults so that it can be documented
 * and never drifts: a stream is {@code new SplittableRandom(seed ^ fnv1a64(parts joined by U+001F))},
 * and only its raw {@link SplittableRandom#nextLong()} output is used (SplitMix64, unchanged since
 * Java 8); bounded draws and shuffles are done here, not by the JDK's bounded methods, whose algorithms
 * are not part of their contract. {@code SeedsTest} pins known outputs so that any change shows.
 */
final class Seeds {

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Unit separator: cannot appear in ids, so ("ab", "c") and ("a", "bc") give different streams. */
    private static final String SEPARATOR = "\u001f";

    private Seeds() {
    }

    /** The 64-bit FNV-1a hash of the text's UTF-8 bytes (stable, unlike {@link String#hashCode()}'s 32 bits). */
    static long fnv1a64(String text) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** The stream for one purpose of one attempt, e.g. {@code stream(seed, "param", itemKey, "a")}. */
    static SplittableRandom stream(long seed, String... purpose) {
        return new SplittableRandom(seed ^ fnv1a64(String.join(SEPARATOR, purpose)));
    }

    /** A uniformly drawn value in [0, bound), {@code bound} at least 1. */
    static long below(SplittableRandom random, long bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be at least 1, not " + bound);
        }
        // Rejection sampling on 63-bit draws, as java.util.Random#nextInt(int) does: the last partial
        // block of values is redrawn so that every result is equally likely.
        while (true) {
            long bits = random.nextLong() >>> 1;
            long value = bits % bound;
            if (bits - value + (bound - 1) >= 0) {
                return value;
            }
        }
    }

    /** A new list with the elements in a Fisher-Yates order drawn from {@code random}; the input is not changed. */
    static <T> List<T> shuffle(List<T> elements, SplittableRandom random) {
        List<T> shuffled = new ArrayList<>(elements);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, (int) below(random, i + 1L));
        }
        return shuffled;
    }
}
