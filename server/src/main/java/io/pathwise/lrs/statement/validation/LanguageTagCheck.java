package io.pathwise.lrs.statement.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * RFC 5646 language tags, as used for language map keys and {@code context.language}.
 *
 * <p>xAPI Data 2.2.s4.b2: "The LRS MUST at least validate that the sequence of token lengths for
 * language map keys matches the RFC 5646 standard." This check follows the RFC's ABNF
 * (language-extlang-script-region-variant-extension-privateuse, or a grandfathered tag) and also
 * refuses what the RFC calls invalid in any registry-free way: a repeated extension singleton
 * ({@code ar-a-aaa-b-bbb-a-ccc}, tested by the conformance suite) and a repeated variant. It does
 * not look subtags up in the IANA registry, so {@code qq-QQ} passes.
 *
 * <p>The tag is scanned in place, without splitting or regular expressions, because every
 * language map key of every statement comes through here.
 */
final class LanguageTagCheck {

    /** Irregular grandfathered tags: they do not fit the ABNF, so they are listed (RFC 5646 2.1). */
    private static final Set<String> IRREGULAR = Set.of(
            "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
            "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de");

    private LanguageTagCheck() {
    }

    static boolean isValid(String tag) {
        // Irregular grandfathered tags never fit the ABNF, so they are only looked up (with the
        // lower-casing that costs) when the tag is not well-formed.
        return isWellFormed(tag) || IRREGULAR.contains(tag.toLowerCase(Locale.ROOT));
    }

    private static boolean isWellFormed(String tag) {
        if (tag.isEmpty()) {
            return false;
        }
        Subtags subtags = new Subtags(tag);
        if (!subtags.next()) {
            return false;
        }
        if (subtags.isPrivateUseSingleton()) {
            return privateUse(subtags);
        }
        // language: 2-3 letters (optionally followed by up to three 3-letter extlangs), 4 letters
        // (reserved) or 5-8 letters (registered language).
        if (!subtags.allLetters() || subtags.length() < 2) {
            return false;
        }
        boolean mayHaveExtlang = subtags.length() <= 3;
        if (!subtags.next()) {
            return subtags.done();
        }
        if (mayHaveExtlang) {
            for (int extlangs = 0; extlangs < 3 && subtags.length() == 3 && subtags.allLetters(); extlangs++) {
                if (!subtags.next()) {
                    return subtags.done();
                }
            }
        }
        if (subtags.length() == 4 && subtags.allLetters()) { // script
            if (!subtags.next()) {
                return subtags.done();
            }
        }
        if ((subtags.length() == 2 && subtags.allLetters()) || (subtags.length() == 3 && subtags.allDigits())) { // region
            if (!subtags.next()) {
                return subtags.done();
            }
        }
        while (subtags.isVariant()) {
            if (subtags.repeatsEarlierVariant()) {
                return false;
            }
            subtags.rememberVariant();
            if (!subtags.next()) {
                return subtags.done();
            }
        }
        long singletonsSeen = 0;
        while (subtags.length() == 1 && !subtags.isPrivateUseSingleton()) { // extension
            long bit = 1L << subtags.singletonIndex();
            if ((singletonsSeen & bit) != 0) {
                return false;
            }
            singletonsSeen |= bit;
            int extensionSubtags = 0;
            while (subtags.next() && subtags.length() >= 2) {
                extensionSubtags++;
            }
            if (extensionSubtags == 0) {
                return false;
            }
            if (subtags.done()) {
                return true;
            }
        }
        if (subtags.isPrivateUseSingleton()) {
            return privateUse(subtags);
        }
        return false;
    }

    /** After an {@code x}: one or more subtags of 1 to 8 characters, up to the end. */
    private static boolean privateUse(Subtags subtags) {
        int count = 0;
        while (subtags.next()) {
            count++;
        }
        return count > 0 && subtags.done();
    }

    /**
     * A cursor over the hyphen-separated subtags of a tag. {@link #next} moves to the following
     * subtag and returns false at the end of the tag or when a subtag is not 1 to 8 ASCII letters
     * and digits; {@link #done} then tells the two apart.
     */
    private static final class Subtags {
        private final String tag;
        private int start;
        private int end = -1;
        private boolean malformed;
        private int[] variants;
        private int variantCount;

        Subtags(String tag) {
            this.tag = tag;
        }

        boolean next() {
            if (malformed || end >= tag.length()) {
                end = tag.length();
                return false;
            }
            start = end + 1;
            int hyphen = tag.indexOf('-', start);
            end = hyphen < 0 ? tag.length() : hyphen;
            int length = end - start;
            if (length < 1 || length > 8 || (hyphen >= 0 && hyphen == tag.length() - 1)) {
                malformed = true;
                return false;
            }
            for (int i = start; i < end; i++) {
                if (!isAlphanumeric(tag.charAt(i))) {
                    malformed = true;
                    return false;
                }
            }
            return true;
        }

        boolean done() {
            return !malformed && end >= tag.length();
        }

        int length() {
            return malformed ? -1 : end - start;
        }

        boolean allLetters() {
            for (int i = start; i < end; i++) {
                char c = tag.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                    return false;
                }
            }
            return !malformed;
        }

        boolean allDigits() {
            for (int i = start; i < end; i++) {
                char c = tag.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return !malformed;
        }

        boolean isPrivateUseSingleton() {
            return length() == 1 && (tag.charAt(start) == 'x' || tag.charAt(start) == 'X');
        }

        /** variant = 5*8alphanum / (DIGIT 3alphanum) */
        boolean isVariant() {
            int length = length();
            return (length >= 5 && length <= 8) || (length == 4 && tag.charAt(start) >= '0' && tag.charAt(start) <= '9');
        }

        int singletonIndex() {
            char c = Character.toLowerCase(tag.charAt(start));
            return c <= '9' ? c - '0' : 10 + (c - 'a');
        }

        boolean repeatsEarlierVariant() {
            for (int v = 0; v < variantCount; v++) {
                int otherStart = variants[2 * v];
                int otherLength = variants[2 * v + 1];
                if (otherLength == end - start && tag.regionMatches(true, otherStart, tag, start, otherLength)) {
                    return true;
                }
            }
            return false;
        }

        void rememberVariant() {
            if (variants == null) {
                variants = new int[8];
            } else if (2 * variantCount == variants.length) {
                variants = Arrays.copyOf(variants, variants.length * 2);
            }
            variants[2 * variantCount] = start;
            variants[2 * variantCount + 1] = end - start;
            variantCount++;
        }

        private static boolean isAlphanumeric(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }
}
