package io.pathwise.mastery.tracing;

import io.pathwise.mastery.evidence.Observation;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one statement at a time, on this node, work on a given learner's estimate of a given skill.
 *
 * <p>The database already orders updates of an existing estimate (its row is locked), but not the
 * creation of a new one: two statements that are a learner's first evidence on a skill, handled at
 * once, both find no row and both insert it; one fails with a duplicate key, its whole transaction
 * is rolled back and its work done again, and PostgreSQL logs an error for it. Answers sent in
 * batches make that common (thousands per exam). Taking a lock per estimate before the transaction
 * starts, and keeping it until the transaction has committed, turns that race into a short wait on
 * this node; the retry stays for two nodes racing.
 *
 * <p>Estimates share a fixed number of locks (striping): memory stays constant, and two estimates
 * that happen to share a lock only wait for each other, which is harmless. A statement's locks are
 * taken in ascending order, so two statements never hold one each while waiting for the other's.
 */
final class EstimateLocks {

    private final ReentrantLock[] stripes;

    EstimateLocks(int stripes) {
        if (stripes < 1) {
            throw new IllegalArgumentException("stripes must be at least 1, was " + stripes);
        }
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code work} holding the locks of every estimate the observations move. */
    void whileHolding(List<Observation> observations, Runnable work) {
        int[] held = stripesOf(observations);
        int taken = 0;
        try {
            for (int stripe : held) {
                stripes[stripe].lock();
                taken++;
            }
            work.run();
        } finally {
            for (int i = taken - 1; i >= 0; i--) {
                stripes[held[i]].unlock();
            }
        }
    }

    /** The distinct stripes of the observations' estimates, ascending; package-private for tests. */
    int[] stripesOf(List<Observation> observations) {
        return observations.stream()
                .mapToInt(o -> Math.floorMod(Objects.hash(o.courseId(), o.skillKey(), o.learner()), stripes.length))
                .distinct().sorted().toArray();
    }

    /** Whether another thread holds the stripe (for tests). */
    boolean isHeldByAnother(int stripe) {
        return stripes[stripe].isLocked() && !stripes[stripe].isHeldByCurrentThread();
    }
}
