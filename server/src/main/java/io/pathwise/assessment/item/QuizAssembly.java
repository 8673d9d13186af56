package io.pathwise.assessment.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which items one attempt of a quiz asks, in which order: the fixed items, then each draw's items,
 * all derived from the attempt's seed so that the attempt is asked again exactly as it was.
 */
public final class QuizAssembly {

    private QuizAssembly() {
    }

    /**
     * The item keys of one attempt: the quiz's fixed items in order, then for each draw {@code count}
     * distinct items tagged with its skill and not already chosen, drawn from the seed (every such set
     * equally likely); the whole list shuffled from the seed when {@code shuffleItems}. A draw with
     * fewer items available takes all of them: the package validator rejects such quizzes (see
     * {@link #shortfall}), and an attempt with fewer items is better than none.
     *
     * <p>Candidates are taken in order of key, so the draw does not depend on the order of the bank's
     * files; it does change when items tagged with the skill are added or removed.
     */
    public static List<String> assemble(QuizDefinition quiz, List<ItemDefinition> bank, long seed) {
        List<String> chosen = new ArrayList<>(quiz.items() == null ? List.of() : quiz.items());
        Set<String> taken = new HashSet<>(chosen);
        for (int i = 0; i < draws(quiz).size(); i++) {
            QuizDefinition.Draw draw = draws(quiz).get(i);
            List<String> candidates = new ArrayList<>(tagged(bank, draw.skill()));
            candidates.removeAll(taken);
            List<String> shuffled = Seeds.shuffle(candidates,
                    Seeds.stream(seed, "draw", quiz.activityKey(), Integer.toString(i), draw.skill()));
            List<String> picked = shuffled.subList(0, Math.max(0, Math.min(draw.count(), shuffled.size())));
            chosen.addAll(picked);
            taken.addAll(picked);
        }
        return quiz.shuffleItems() ? Seeds.shuffle(chosen, Seeds.stream(seed, "items", quiz.activityKey())) : chosen;
    }

    /**
     * The first draw that some attempt could not fill, as a sentence for the author, or empty when every
     * seed fills every draw. Earlier draws may take items tagged with a later draw's skill too, so a
     * draw is checked against the most they could take (each earlier draw at most its count of the
     * shared items); this errs on the safe side when several earlier draws compete for the same items.
     */
    public static Optional<String> shortfall(QuizDefinition quiz, List<ItemDefinition> bank) {
        Set<String> fixed = new HashSet<>(quiz.items() == null ? List.of() : quiz.items());
        List<QuizDefinition.Draw> draws = draws(quiz);
        for (int i = 0; i < draws.size(); i++) {
            QuizDefinition.Draw draw = draws.get(i);
            Set<String> pool = available(bank, draw.skill(), fixed);
            if (pool.size() < draw.count()) {
                return Optional.of("draw " + (i + 1) + " asks for " + draw.count() + " items tagged '" + draw.skill()
                        + "' but the course has " + pool.size() + " such items besides the quiz's fixed items");
            }
            int mostTaken = 0;
            Set<String> contested = new HashSet<>();
            for (QuizDefinition.Draw earlier : draws.subList(0, i)) {
                Set<String> shared = available(bank, earlier.skill(), fixed);
                shared.retainAll(pool);
                mostTaken += Math.min(Math.max(0, earlier.count()), shared.size());
                contested.addAll(shared);
            }
            int fewest = pool.size() - Math.min(mostTaken, contested.size());
            if (fewest < draw.count()) {
                return Optional.of("draw " + (i + 1) + " asks for " + draw.count() + " items tagged '" + draw.skill()
                        + "' but may find only " + fewest + ": earlier draws can take items tagged '" + draw.skill()
                        + "' too");
            }
        }
        return Optional.empty();
    }

    private static List<QuizDefinition.Draw> draws(QuizDefinition quiz) {
        return quiz.draws() == null ? List.of() : quiz.draws();
    }

    /** Keys of the items tagged with the skill, sorted. */
    private static Set<String> tagged(List<ItemDefinition> bank, String skill) {
        Set<String> keys = new TreeSet<>();
        for (ItemDefinition item : bank) {
            if (item.skills() != null && item.skills().contains(skill)) {
                keys.add(item.key());
            }
        }
        return keys;
    }

    private static Set<String> available(List<ItemDefinition> bank, String skill, Set<String> fixed) {
        Set<String> keys = new LinkedHashSet<>(tagged(bank, skill));
        keys.removeAll(fixed);
        return keys;
    }
}
