package io.pathwise.assessment.item;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compares a learner's text with an author's: normalised texts for accepted answers, full-match regular
 * expressions for patterns, guarded so that a pattern prone to catastrophic backtracking cannot hold a
 * grading thread.
 */
final class TextMatch {

    /**
     * Character reads a match may make per character of input (at least one character is assumed). A sane
     * pattern reads each character a few times; {@code (a+)+b} on 40 characters would read it billions of times.
     */
    static final long READS_PER_CHAR = 10_000;
    private static final int CACHE_LIMIT = 1_000;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Patterns are compiled once; empty marks one that does not compile, which then matches nothing. */
    private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

    private TextMatch() {
    }

    /**
     * The text as compared: Unicode NFKC, trimmed, runs of whitespace as one space, and unless
     * {@code caseSensitive} case-folded ({@code toUpperCase} then {@code toLowerCase} in {@link Locale#ROOT},
     * so that "Straße" and "STRASSE" fold alike, whatever the server's locale).
     */
    static String normalise(String text, boolean caseSensitive) {
        // NFKC first: it turns no-break and other compatibility spaces into plain spaces.
        String spaced = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).replaceAll(" ");
        return caseSensitive ? spaced : spaced.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Whether the normalised texts are equal. */
    static boolean sameText(String given, String accepted, boolean caseSensitive) {
        return normalise(given, caseSensitive).equals(normalise(accepted, caseSensitive));
    }

    /**
     * Whether the whole normalised text matches the pattern (case-insensitively unless {@code caseSensitive}).
     * A match that reads more than {@value #READS_PER_CHAR} characters per input character is abandoned and
     * counts as no match, as does a pattern that does not compile (the package validator reports those).
     * Counting reads rather than time keeps grading deterministic.
     */
    static boolean fullMatch(String pattern, String given, boolean caseSensitive) {
        Optional<Pattern> compiled = compiled(pattern, caseSensitive);
        if (compiled.isEmpty()) {
            return false;
        }
        String text = normalise(given, true);
        try {
            return compiled.get().matcher(new BudgetedText(text, READS_PER_CHAR * Math.max(1, text.length()))).matches();
        } catch (BudgetExhausted | StackOverflowError e) {
            // Java's regex engine recurses per repetition: a long text can also exhaust the stack. Either way
            // the answer could not be shown to match, so it is not given credit.
            return false;
        }
    }

    /** The problem with a pattern an author wrote, or empty when it compiles. */
    static Optional<String> checkPattern(String pattern) {
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("'" + pattern + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    private static Optional<Pattern> compiled(String pattern, boolean caseSensitive) {
        String key = (caseSensitive ? "s:" : "i:") + pattern;
        Optional<Pattern> cached = PATTERNS.get(key);
        if (cached != null) {
            return cached;
        }
        if (PATTERNS.size() >= CACHE_LIMIT) {
            // Crude, but bounds memory whatever the packages hold; recompiling is cheap next to a leak.
            PATTERNS.clear();
        }
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        Optional<Pattern> compiled;
        try {
            compiled = Optional.of(Pattern.compile(pattern, flags));
        } catch (PatternSyntaxException e) {
            compiled = Optional.empty();
        }
        PATTERNS.put(key, compiled);
        return compiled;
    }

    /** Thrown when a match has read its budget of characters; carries no stack trace as it is expected. */
    private static final class BudgetExhausted extends RuntimeException {
        BudgetExhausted() {
            super("pattern match budget exhausted", null, false, false);
        }
    }

    /** The text the regex engine reads, counting every character read against a shared budget. */
    private static final class BudgetedText implements CharSequence {
        private final String text;
        private final long[] budget;

        BudgetedText(String text, long budget) {
            this(text, new long[] {budget});
        }

        private BudgetedText(String text, long[] budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new BudgetExhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedText(text.substring(start, end), budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
