package io.pathwise.assessment.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Which items an attempt asks: fixed items, then items drawn per skill, optionally shuffled. */
class QuizAssemblyTest {

    private static final List<ItemDefinition> BANK = List.of(
            tagged("fixed-1", "halves"), tagged("fixed-2", "halves"),
            tagged("h1", "halves"), tagged("h2", "halves"), tagged("h3", "halves"), tagged("h4", "halves"),
            tagged("q1", "quarters"), tagged("q2", "quarters"), tagged("q3", "quarters"),
            tagged("both", "halves", "quarters"));

    @Test
    void asksTheFixedItemsInOrderThenDistinctDrawnItemsOfEachSkill() {
        QuizDefinition quiz = quiz(false, List.of("fixed-2", "fixed-1"), new QuizDefinition.Draw("halves", 2),
                new QuizDefinition.Draw("quarters", 2));
        for (long seed = 0; seed < 50; seed++) {
            List<String> keys = QuizAssembly.assemble(quiz, BANK, seed);

            assertThat(keys).hasSize(6).doesNotHaveDuplicates().startsWith("fixed-2", "fixed-1");
            assertThat(keys.subList(2, 4)).allSatisfy(key -> assertThat(key).isIn("h1", "h2", "h3", "h4", "both"));
            assertThat(keys.subList(4, 6)).allSatisfy(key -> assertThat(key).isIn("q1", "q2", "q3", "both"));
        }
    }

    @Test
    void theSameSeedAsksTheSameItemsAndSeedsVary() {
        QuizDefinition quiz = quiz(true, List.of("fixed-1"), new QuizDefinition.Draw("halves", 3));
        Set<List<String>> attempts = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            assertThat(QuizAssembly.assemble(quiz, BANK, seed)).isEqualTo(QuizAssembly.assemble(quiz, BANK, seed));
            attempts.add(QuizAssembly.assemble(quiz, BANK, seed));
        }
        assertThat(attempts).hasSizeGreaterThan(30);
    }

    @Test
    void drawsDoNotDependOnTheOrderOfTheBank() {
        List<ItemDefinition> reversed = new ArrayList<>(BANK);
        Collections.reverse(reversed);
        QuizDefinition quiz = quiz(false, List.of(), new QuizDefinition.Draw("halves", 2));
        LongStream.range(0, 20).forEach(seed ->
                assertThat(QuizAssembly.assemble(quiz, reversed, seed)).isEqualTo(QuizAssembly.assemble(quiz, BANK, seed)));
    }

    @Test
    void drawsEveryTaggedItemSometimes() {
        QuizDefinition quiz = quiz(false, List.of(), new QuizDefinition.Draw("quarters", 1));
        Set<String> drawn = new HashSet<>();
        LongStream.range(0, 100).forEach(seed -> drawn.addAll(QuizAssembly.assemble(quiz, BANK, seed)));
        assertThat(drawn).containsExactlyInAnyOrder("q1", "q2", "q3", "both");
    }

    @Test
    void shufflesTheWholeListWhenAsked() {
        QuizDefinition quiz = quiz(true, List.of("fixed-1", "fixed-2"), new QuizDefinition.Draw("quarters", 2));
        long fixedFirst = LongStream.range(0, 50)
                .filter(seed -> QuizAssembly.assemble(quiz, BANK, seed).subList(0, 2).equals(List.of("fixed-1", "fixed-2")))
                .count();
        assertThat(fixedFirst).isLessThan(25);
        LongStream.range(0, 50).forEach(seed -> assertThat(QuizAssembly.assemble(quiz, BANK, seed))
                .hasSize(4).contains("fixed-1", "fixed-2"));
    }

    @Test
    void takesAllThatIsLeftWhenADrawCannotBeFilled() {
        QuizDefinition quiz = quiz(false, List.of("both"), new QuizDefinition.Draw("quarters", 5));
        assertThat(QuizAssembly.assemble(quiz, BANK, 1)).hasSize(4).startsWith("both")
                .containsExactlyInAnyOrder("both", "q1", "q2", "q3");
    }

    @Test
    void shortfallIsEmptyWhenEveryDrawCanAlwaysBeFilled() {
        QuizDefinition quiz = quiz(false, List.of("fixed-1"), new QuizDefinition.Draw("halves", 2),
                new QuizDefinition.Draw("quarters", 3));
        assertThat(QuizAssembly.shortfall(quiz, BANK)).isEmpty();
        IntStream.range(0, 50).forEach(seed -> assertThat(QuizAssembly.assemble(quiz, BANK, seed)).hasSize(6));
    }

    @Test
    void shortfallNamesADrawWithTooFewTaggedItems() {
        QuizDefinition quiz = quiz(false, List.of(), new QuizDefinition.Draw("halves", 1),
                new QuizDefinition.Draw("quarters", 5));
        assertThat(QuizAssembly.shortfall(quiz, BANK)).get().asString()
                .contains("draw 2").contains("5 items tagged 'quarters'").contains("has 4");
    }

    @Test
    void shortfallCountsFixedItemsAsTaken() {
        QuizDefinition quiz = quiz(false, List.of("q1", "q2"), new QuizDefinition.Draw("quarters", 3));
        assertThat(QuizAssembly.shortfall(quiz, BANK)).get().asString().contains("draw 1").contains("has 2");
    }

    @Test
    void shortfallNamesADrawThatEarlierDrawsCanStarve() {
        // "both" may go to the halves draw, leaving quarters only q1..q3 for a draw of 4
        QuizDefinition quiz = quiz(false, List.of(), new QuizDefinition.Draw("halves", 1),
                new QuizDefinition.Draw("quarters", 4));
        assertThat(QuizAssembly.shortfall(quiz, BANK)).get().asString()
                .contains("draw 2").contains("may find only 3").contains("earlier draws");
        Set<Integer> sizes = new HashSet<>();
        LongStream.range(0, 50).forEach(seed -> sizes.add(QuizAssembly.assemble(quiz, BANK, seed).size()));
        assertThat(sizes).contains(4); // the attempts where "both" went to the halves draw
    }

    private static ItemDefinition tagged(String key, String... skills) {
        return Items.withSkills(Items.item(key, ItemType.NUMERIC, "?", new ItemSpec.Numeric("1", 0, List.of())), skills);
    }

    private static QuizDefinition quiz(boolean shuffle, List<String> items, QuizDefinition.Draw... draws) {
        return new QuizDefinition("quiz", QuizDefinition.QuizMode.GRADED, null, null, null, null,
                QuizDefinition.FeedbackPolicy.AFTER_SUBMISSION, 0.7, shuffle, items, List.of(draws));
    }
}
