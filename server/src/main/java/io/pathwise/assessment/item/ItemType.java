package io.pathwise.assessment.item;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of quiz item, each with its own answer shape and credit rule (docs/assessment.md). */
public enum ItemType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, NUMERIC, SHORT_TEXT, ORDERING, MATCHING, FILL_IN_THE_BLANK;

    /** The name used in course packages and the API: {@code single-choice}. */
    public String packageName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ItemType> fromPackageName(String name) {
        return Arrays.stream(values()).filter(type -> type.packageName().equals(name)).findFirst();
    }
}
