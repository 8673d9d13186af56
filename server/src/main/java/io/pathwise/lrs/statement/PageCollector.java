package io.pathwise.lrs.statement;

import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Gathers the statements of one page from several queries (the filter's branches, the statements
 * referring to matches) in the query's order, each statement once, keeping only the first
 * {@code wanted}. Once it holds {@code wanted}, {@link #boundary()} says where later queries can
 * stop: nothing beyond it can enter the page any more.
 */
final class PageCollector {

    private final TreeMap<Long, StatementFinder.Found> found;
    private final int wanted;

    PageCollector(boolean ascending, int wanted) {
        this.found = new TreeMap<>(ascending ? Comparator.<Long>naturalOrder() : Comparator.<Long>reverseOrder());
        this.wanted = wanted;
    }

    void addAll(List<StatementFinder.Found> statements) {
        statements.forEach(f -> found.put(f.seq(), f));
        while (found.size() > wanted) {
            found.pollLastEntry();
        }
    }

    /** The position of the last statement of a full page, or null while the page is not full. */
    Long boundary() {
        return found.size() < wanted ? null : found.lastKey();
    }

    List<StatementFinder.Found> statements() {
        return List.copyOf(found.values());
    }
}
