package io.pathwise.assessment.item;

import java.util.List;

/**
 * An item as the learner sees it in one attempt: parameters put in, lists in the attempt's order. Texts
 * are still Markdown (the API renders them to HTML). Lists the item's type does not use are empty, never
 * null; {@code solution} is null when the author wrote none.
 *
 * @param type the type's package name, such as {@code single-choice}
 * @param prompt for fill-in-the-blank, still holding its {@code [[id]]} markers
 * @param choices single and multiple choice: the options, shuffled unless the author turned it off
 * @param order ordering: the entries, never already in the right order
 * @param left matching: left entries in the author's order
 * @param right matching: the right-hand options and distractors, shuffled
 * @param blanks fill-in-the-blank: blank ids in the order of the prompt
 * @param units numeric: the accepted unit spellings (empty when no unit is asked for)
 */
public record PresentedItem(String key, String type, String prompt, List<Option> choices, List<Option> order,
        List<Option> left, List<Option> right, List<String> blanks, List<String> units, List<String> hints,
        String solution) {

    public PresentedItem {
        choices = copy(choices);
        order = copy(order);
        left = copy(left);
        right = copy(right);
        blanks = copy(blanks);
        units = copy(units);
        hints = copy(hints);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
