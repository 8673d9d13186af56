package io.pathwise.mastery.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.mastery.evidence.Observation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class EstimateLocksTest {

    private static final UUID COURSE = UUID.randomUUID();

    @Test
    void aStatementsEstimatesAreLockedOnceEachInAscendingOrder() {
        EstimateLocks locks = new EstimateLocks(64);
        List<Observation> observations = List.of(observation("b", "ana"), observation("a", "ana"),
                observation("b", "ana"), observation("c", "ben"));

        int[] stripes = locks.stripesOf(observations);

        assertThat(stripes).isSorted().doesNotHaveDuplicates();
        assertThat(stripes.length).isBetween(1, 3);
        assertThat(locks.stripesOf(List.of(observation("b", "ana"))))
                .containsExactly(locks.stripesOf(List.of(observation("b", "ana"), observation("b", "ana"))));
    }

    @Test
    void aSecondStatementOnTheSameEstimateWaitsUntilTheFirstHasFinished() throws Exception {
        EstimateLocks locks = new EstimateLocks(64);
        List<Observation> first = List.of(observation("fractions", "ana"));
        int stripe = locks.stripesOf(first)[0];
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();

        Thread holder = new Thread(() -> locks.whileHolding(first, () -> {
            inside.countDown();
            await(release);
        }));
        holder.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        Thread waiter = new Thread(() -> locks.whileHolding(List.of(observation("fractions", "ana")),
                () -> secondRan.set(true)));
        waiter.start();

        waiter.join(200);
        assertThat(secondRan).as("ran while the first held the estimate").isFalse();
        assertThat(locks.isHeldByAnother(stripe)).isTrue();
        release.countDown();
        waiter.join(5_000);
        holder.join(5_000);
        assertThat(secondRan).isTrue();
        assertThat(locks.isHeldByAnother(stripe)).isFalse();
    }

    @Test
    void theLocksAreReleasedWhenTheWorkFails() {
        EstimateLocks locks = new EstimateLocks(8);
        List<Observation> observations = List.of(observation("a", "ana"), observation("z", "zoe"));

        try {
            locks.whileHolding(observations, () -> {
                throw new IllegalStateException("duplicate key");
            });
        } catch (IllegalStateException expected) {
            // the work's failure reaches the caller
        }

        AtomicBoolean ran = new AtomicBoolean();
        Thread other = new Thread(() -> locks.whileHolding(observations, () -> ran.set(true)));
        other.start();
        assertThat(joined(other)).isTrue();
        assertThat(ran).isTrue();
    }

    private static boolean joined(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Observation observation(String skill, String learner) {
        return new Observation(UUID.randomUUID(), UUID.randomUUID(), COURSE, skill, learner, null, "https://example.org/a",
                true, null, null, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
