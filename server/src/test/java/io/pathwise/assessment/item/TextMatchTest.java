package io.pathwise.assessment.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Text comparison: normalisation, full-match patterns, and the guard against catastrophic backtracking. */
class TextMatchTest {

    @Test
    void normalisesWithNfkcTrimsCollapsesSpacesAndFoldsCase() {
        assertThat(TextMatch.normalise("  Ｐａｒｉｓ \u00a0 Cedex\t ", false)).isEqualTo("paris cedex");
        assertThat(TextMatch.normalise("  Paris  Cedex ", true)).isEqualTo("Paris Cedex");
        assertThat(TextMatch.normalise("Straße", false)).isEqualTo(TextMatch.normalise("STRASSE", false));
    }

    @Test
    void matchesWholeTextsOnly() {
        assertThat(TextMatch.fullMatch("pa?ris", "Pris", false)).isTrue();
        assertThat(TextMatch.fullMatch("paris", "paris france", false)).isFalse();
        assertThat(TextMatch.fullMatch("Paris", "paris", true)).isFalse();
    }

    @Test
    void abandonsACatastrophicallyBacktrackingPatternQuicklyAsNoMatch() {
        String evil = "a".repeat(41) + "c";
        // Java 9+ memoises plain nested loops such as (a+)+b; a backreference or a counted repeat of .*
        // defeats that, and unguarded these take hours (28 characters already take seconds).
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(TextMatch.fullMatch("(a+)+b", evil, false)).isFalse();
            assertThat(TextMatch.fullMatch("(a+)+\\1b", evil, false)).isFalse();
            assertThat(TextMatch.fullMatch("(.*a){12}", "a".repeat(40) + "b", true)).isFalse();
        });
    }

    @Test
    void aGuardedPatternStillMatchesWhatItShould() {
        assertThat(TextMatch.fullMatch("(a+)+b", "a".repeat(41) + "b", false)).isTrue();
        assertThat(TextMatch.fullMatch("(a+)+\\1b", "aaaab", false)).isTrue();
        assertThat(TextMatch.fullMatch("[a-z ]+", "the quick brown fox ".repeat(99), false)).isTrue();
    }

    @Test
    void treatsAStackExhaustingMatchAsNoMatch() {
        String long2000 = "ab".repeat(1_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThat(TextMatch.fullMatch("(a|b|c)*d", long2000, true)).isFalse());
    }

    @Test
    void aPatternThatDoesNotCompileMatchesNothingAndIsReportedToAuthors() {
        assertThat(TextMatch.fullMatch("(unclosed", "(unclosed", true)).isFalse();
        assertThat(TextMatch.checkPattern("(unclosed")).get().asString().contains("not a valid regular expression");
        assertThat(TextMatch.checkPattern("pa?ris")).isEmpty();
    }
}
