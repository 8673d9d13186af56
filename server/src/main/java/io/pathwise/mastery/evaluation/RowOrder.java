package io.pathwise.mastery.evaluation;

/**
 * Puts rows in answer order per learner without boxing: a counting sort by learner (stable, so
 * file order is kept), then a stable merge sort by order value of any learner whose rows are not
 * already in order (most files list them in order, so this is usually a check).
 */
final class RowOrder {

    private RowOrder() {
    }

    /** Row numbers grouped by learner index ascending, each group by order value, ties in file order. */
    static int[] byLearnerThenOrder(int[] learner, long[] order, int learners) {
        int[] start = new int[learners + 1];
        for (int who : learner) {
            start[who + 1]++;
        }
        for (int i = 0; i < learners; i++) {
            start[i + 1] += start[i];
        }
        int[] rows = new int[learner.length];
        int[] next = start.clone();
        for (int row = 0; row < learner.length; row++) {
            rows[next[learner[row]]++] = row;
        }
        int[] buffer = null;
        for (int i = 0; i < learners; i++) {
            if (!sorted(rows, start[i], start[i + 1], order)) {
                if (buffer == null) {
                    buffer = new int[rows.length];
                }
                mergeSort(rows, buffer, start[i], start[i + 1], order);
            }
        }
        return rows;
    }

    private static boolean sorted(int[] rows, int from, int to, long[] key) {
        for (int i = from + 1; i < to; i++) {
            if (key[rows[i]] < key[rows[i - 1]]) {
                return false;
            }
        }
        return true;
    }

    /** Stable: equal keys keep their relative order (here, file order). */
    private static void mergeSort(int[] rows, int[] buffer, int from, int to, long[] key) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(rows, buffer, from, mid, key);
        mergeSort(rows, buffer, mid, to, key);
        System.arraycopy(rows, from, buffer, from, to - from);
        int left = from;
        int right = mid;
        for (int i = from; i < to; i++) {
            if (right >= to || (left < mid && key[buffer[left]] <= key[buffer[right]])) {
                rows[i] = buffer[left++];
            } else {
                rows[i] = buffer[right++];
            }
        }
    }
}
