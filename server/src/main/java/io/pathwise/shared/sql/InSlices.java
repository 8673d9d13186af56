package io.pathwise.shared.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs an {@code IN (...)} query over slices of a collection of values and joins the results in
 * slice order. A list may name more rows than one statement may carry parameters (PostgreSQL takes
 * at most 32,767), and a course's learners or a grade book's attempts can be that many.
 */
public final class InSlices {

    /** Values per statement: far below every database's parameter limit, and few statements per list. */
    public static final int SIZE = 1000;

    private InSlices() {
    }

    public static <T, R> List<R> query(Collection<T> values, Function<List<T>, List<R>> query) {
        List<T> all = List.copyOf(values);
        List<R> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + SIZE))));
        }
        return found;
    }
}
