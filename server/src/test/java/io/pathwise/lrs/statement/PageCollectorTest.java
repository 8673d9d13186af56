package io.pathwise.lrs.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageCollectorTest {

    @Test
    void keepsTheFirstStatementsInTheQueryOrderEachOnceAndSaysWhereAFullPageEnds() {
        PageCollector newestFirst = new PageCollector(false, 3);
        newestFirst.addAll(List.of(found(5), found(2)));
        assertThat(newestFirst.boundary()).as("not full yet").isNull();

        newestFirst.addAll(List.of(found(9), found(5), found(1)));

        assertThat(newestFirst.statements()).extracting(StatementFinder.Found::seq).containsExactly(9L, 5L, 2L);
        assertThat(newestFirst.boundary()).isEqualTo(2L);
    }

    @Test
    void oldestFirstKeepsTheLowestPositions() {
        PageCollector oldestFirst = new PageCollector(true, 2);
        oldestFirst.addAll(List.of(found(7), found(3), found(4)));

        assertThat(oldestFirst.statements()).extracting(StatementFinder.Found::seq).containsExactly(3L, 4L);
        assertThat(oldestFirst.boundary()).isEqualTo(4L);
    }

    private static StatementFinder.Found found(long seq) {
        return new StatementFinder.Found(seq, "{\"seq\":" + seq + "}");
    }
}
