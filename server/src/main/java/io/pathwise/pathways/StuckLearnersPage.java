package io.pathwise.pathways;

import java.util.List;

/**
 * One page of the course's learners who may be stuck, the most recently active first.
 *
 * @param stuckCount how many learners of the course may be stuck, on every page
 * @param nextCursor pass as {@code cursor} for the following learners; null on the last page
 */
public record StuckLearnersPage(List<StuckLearnerView> learners, int stuckCount, String nextCursor) {

    public StuckLearnersPage {
        learners = List.copyOf(learners);
    }
}
