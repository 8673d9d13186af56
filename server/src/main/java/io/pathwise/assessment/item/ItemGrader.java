package io.pathwise.assessment.item;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Grades answers to items, deterministically: the result depends only on the item, the attempt's draws
 * and the answer (no clock, no other randomness), so regrading gives the same score. Answer shapes and
 * credit rules are those of docs/assessment.md; see each type's grading for the details.
 */
public final class ItemGrader {

    private ItemGrader() {
    }

    /**
     * The grade of an answer. An absent answer (null, JSON null, missing or {@code {}}) is graded as
     * {@link #unanswered(ItemDefinition, long)}; so is blank free text, which is not worth an instructor's time.
     * An answered free-text item scores 0 and waits for its manual grade.
     *
     * @throws InvalidAnswerException when the answer's shape does not fit the item
     * @throws IllegalArgumentException when the item itself cannot be graded (its type and spec disagree,
     *     an expression cannot be computed); the package validator rejects such items
     */
    public static ItemGrade grade(ItemDefinition item, long seed, JsonNode answer) {
        return grade(item, Draws.fresh(seed), answer);
    }

    /** The grade of an answer in an attempt with these draws (the values its learner was shown). */
    public static ItemGrade grade(ItemDefinition item, Draws draws, JsonNode answer) {
        if (isAbsent(answer)) {
            return unanswered(item, draws);
        }
        return grade(item, draws, grading(item, draws.variant(item)), answer);
    }

    /** Why the answer's shape does not fit the item, or empty when it does; for autosaved drafts (absent answers fit). */
    public static Optional<String> checkShape(ItemDefinition item, long seed, JsonNode answer) {
        return checkShape(item, Draws.fresh(seed), answer);
    }

    /** As {@link #checkShape(ItemDefinition, long, JsonNode)}, in an attempt with these draws. */
    public static Optional<String> checkShape(ItemDefinition item, Draws draws, JsonNode answer) {
        if (isAbsent(answer)) {
            return Optional.empty();
        }
        try {
            grading(item, draws.variant(item)).read(answer);
            return Optional.empty();
        } catch (InvalidAnswerException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * An item left unanswered: score 0, not correct, not queued for manual grading (free-text items too),
     * with no expected answer since no variant is given; see {@link #unanswered(ItemDefinition, long)}.
     */
    public static ItemGrade unanswered(ItemDefinition item) {
        return new ItemGrade(0, false, false, "");
    }

    /** An item left unanswered in the attempt with this seed: as {@link #unanswered(ItemDefinition)}, with the expected answer. */
    public static ItemGrade unanswered(ItemDefinition item, long seed) {
        return unanswered(item, Draws.fresh(seed));
    }

    /** An item left unanswered in an attempt with these draws, with the expected answer for its values. */
    public static ItemGrade unanswered(ItemDefinition item, Draws draws) {
        return new ItemGrade(0, false, false, grading(item, draws.variant(item)).expected());
    }

    /** A score rounded to 4 decimals, half up. */
    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    private static <A> ItemGrade grade(ItemDefinition item, Draws draws, Grading<A> grading, JsonNode answer) {
        A read = grading.read(answer);
        if (item.manual()) {
            return read instanceof String text && text.isBlank() ? unanswered(item, draws)
                    : new ItemGrade(0, false, true, grading.expected());
        }
        double credit = grading.credit(read);
        return new ItemGrade(round(credit), credit >= 1, false, grading.expected());
    }

    private static boolean isAbsent(JsonNode answer) {
        return answer == null || answer.isMissingNode() || answer.isNull() || (answer.isObject() && answer.isEmpty());
    }

    /** The grading for the item's type; throws when its spec is not the one the type needs. */
    static Grading<?> grading(ItemDefinition item, Variant variant) {
        switch (item.type()) {
            case SINGLE_CHOICE:
            case MULTIPLE_CHOICE:
                return new ChoiceGrading(spec(item, ItemSpec.Choice.class), variant,
                        item.type() == ItemType.MULTIPLE_CHOICE);
            case NUMERIC:
                return new NumericGrading(spec(item, ItemSpec.Numeric.class), variant);
            case SHORT_TEXT:
                return new TextGrading(spec(item, ItemSpec.Text.class), variant);
            case ORDERING:
                return new OrderingGrading(spec(item, ItemSpec.Ordering.class), variant);
            case MATCHING:
                return new MatchingGrading(spec(item, ItemSpec.Matching.class), variant);
            case FILL_IN_THE_BLANK:
                return new BlanksGrading(item, spec(item, ItemSpec.Blanks.class), variant);
            default:
                throw new IllegalArgumentException("item '" + item.key() + "': no grading for type " + item.type());
        }
    }

    private static <S extends ItemSpec> S spec(ItemDefinition item, Class<S> type) {
        if (!type.isInstance(item.spec())) {
            throw new IllegalArgumentException("item '" + item.key() + "' of type " + item.type().packageName()
                    + " needs a " + type.getSimpleName() + " spec, not "
                    + (item.spec() == null ? "none" : item.spec().getClass().getSimpleName()));
        }
        return type.cast(item.spec());
    }
}
