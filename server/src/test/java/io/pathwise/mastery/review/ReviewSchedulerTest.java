package io.pathwise.mastery.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewSchedulerTest {

    private static final Instant MASTERED = Instant.parse("2025-03-01T09:00:00Z");

    private final ReviewScheduler scheduler = new ReviewScheduler();

    @Test
    void aSkillJustMasteredIsFirstDueAfterItsInitialStabilityInWholeDays() {
        ReviewState state = scheduler.start(Grade.GOOD, MASTERED);

        assertThat(state.stability()).isEqualTo(FsrsWeights.FSRS_5_DEFAULTS.w(2));
        assertThat(state.due()).isEqualTo(MASTERED.plus(Duration.ofDays(3)));
        assertThat(state.reviews()).isEqualTo(1);
        assertThat(state.lapses()).isZero();
    }

    @Test
    void aRightAnswerWhenDueGrowsTheInterval() {
        ReviewState first = scheduler.start(Grade.GOOD, MASTERED);

        ReviewState second = scheduler.review(first, true, first.due());
        ReviewState third = scheduler.review(second, true, second.due());

        assertThat(interval(second)).isGreaterThan(interval(first));
        assertThat(interval(third)).isGreaterThan(interval(second));
        assertThat(third.stability()).isGreaterThan(second.stability());
    }

    @Test
    void aWrongAnswerWhenDueShrinksTheIntervalAndCountsALapse() {
        ReviewState state = reviewedRightTimes(3);

        ReviewState lapsed = scheduler.review(state, false, state.due());

        assertThat(interval(lapsed)).isLessThan(interval(state));
        assertThat(lapsed.stability()).isLessThan(state.stability());
        assertThat(lapsed.difficulty()).isGreaterThan(state.difficulty());
        assertThat(lapsed.lapses()).isEqualTo(1);
    }

    @Test
    void retrievabilityIsOneAtTheReviewAndDecaysToTheTargetRetentionWhenDue() {
        ReviewState state = reviewedRightTimes(2);

        double atReview = scheduler.retrievability(state, state.lastReview());
        double halfway = scheduler.retrievability(state, state.lastReview().plus(interval(state).dividedBy(2)));
        double whenDue = scheduler.retrievability(state, state.due());
        double later = scheduler.retrievability(state, state.due().plus(Duration.ofDays(30)));

        assertThat(atReview).isEqualTo(1.0);
        assertThat(halfway).isLessThan(atReview).isGreaterThan(whenDue);
        // The interval is rounded to whole days, so recall at the due time is near, not at, 0.9.
        assertThat(whenDue).isCloseTo(0.9, within(0.01));
        assertThat(later).isLessThan(whenDue);
    }

    @Test
    void aHigherTargetRetentionSchedulesReviewsSooner() {
        ReviewScheduler strict = new ReviewScheduler(FsrsWeights.FSRS_5_DEFAULTS, 0.97,
                ReviewScheduler.DEFAULT_MAXIMUM_INTERVAL);
        ReviewState base = reviewedRightTimes(3);

        ReviewState lenientNext = scheduler.review(base, true, base.due());
        ReviewState strictNext = strict.review(base, true, base.due());

        assertThat(strictNext.stability()).isEqualTo(lenientNext.stability());
        assertThat(interval(strictNext)).isLessThan(interval(lenientNext));
    }

    @Test
    void rightAnswersInOneSittingDoNotPostponeTheReview() {
        ReviewState state = reviewedRightTimes(2);
        Instant sameSitting = state.lastReview().plusSeconds(60);

        ReviewState massed = scheduler.review(state, true, sameSitting);
        ReviewState spaced = scheduler.review(state, true, state.due());

        assertThat(massed.stability() / state.stability()).isLessThan(1.001);
        assertThat(spaced.stability() / state.stability()).isGreaterThan(2);
        assertThat(massed.due()).isEqualTo(sameSitting.plus(interval(state)));
    }

    @Test
    void aSkillIsDueOnlyOnceItsDueTimeHasCome() {
        ReviewState state = scheduler.start(Grade.GOOD, MASTERED);

        assertThat(state.isDue(state.due().minusSeconds(1))).isFalse();
        assertThat(state.isDue(state.due())).isTrue();
        assertThat(state.isDue(state.due().plus(Duration.ofDays(10)))).isTrue();
    }

    @Test
    void listsDueSkillsLeastRememberedFirst() {
        ReviewState recent = scheduler.start(Grade.GOOD, MASTERED);
        ReviewState older = scheduler.start(Grade.GOOD, MASTERED.minus(Duration.ofDays(20)));
        ReviewState notYet = scheduler.review(reviewedRightTimes(3), true, MASTERED);
        Instant now = MASTERED.plus(Duration.ofDays(4));

        List<ReviewScheduler.Due<String>> due = scheduler.due(
                Map.of("fractions", recent, "decimals", older, "percentages", notYet), now);

        assertThat(due).extracting(ReviewScheduler.Due::key).containsExactly("decimals", "fractions");
        assertThat(due.get(0).retrievability()).isLessThan(due.get(1).retrievability());
    }

    @Test
    void evidenceThatArrivesLateCountsAtTheTimeOfTheLastReview() {
        ReviewState state = reviewedRightTimes(2);

        ReviewState late = scheduler.review(state, true, state.lastReview().minus(Duration.ofDays(5)));

        assertThat(late.lastReview()).isEqualTo(state.lastReview());
        assertThat(late.stability()).isCloseTo(state.stability(), within(1e-9));
    }

    @Test
    void theSameReviewsGiveTheSameSchedule() {
        assertThat(reviewedRightTimes(4)).isEqualTo(reviewedRightTimes(4));
    }

    @Test
    void noIntervalExceedsTheMaximum() {
        ReviewScheduler shortCourse = new ReviewScheduler(FsrsWeights.FSRS_5_DEFAULTS, 0.9, Duration.ofDays(30));
        ReviewState state = shortCourse.start(Grade.EASY, MASTERED);
        for (int i = 0; i < 5; i++) {
            state = shortCourse.review(state, Grade.EASY, state.due());
        }

        assertThat(interval(state)).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void refusesATargetRetentionOutsideZeroToOne() {
        assertThatThrownBy(() -> new ReviewScheduler(FsrsWeights.FSRS_5_DEFAULTS, 1.0, Duration.ofDays(365)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetRetention");
        assertThatThrownBy(() -> new FsrsWeights(1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("19 weights");
    }

    private ReviewState reviewedRightTimes(int reviews) {
        ReviewState state = scheduler.start(Grade.GOOD, MASTERED);
        for (int i = 0; i < reviews; i++) {
            state = scheduler.review(state, true, state.due());
        }
        return state;
    }

    private static Duration interval(ReviewState state) {
        return Duration.between(state.lastReview(), state.due());
    }
}
