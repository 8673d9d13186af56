package io.pathwise.shared.text;

import java.util.Optional;

/**
 * The rule for free text that is stored as sent (an instructor's feedback, an xAPI document id):
 * the characters a course file can hold ({@link CourseFileCharacters}), so no U+0000, which
 * PostgreSQL cannot store at all, no other control characters but TAB and line breaks, and no lone
 * surrogates, which no database stores faithfully. Line breaks and any language's letters pass.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why the text cannot be stored, naming the character and where it is, or empty when it can. */
    public static Optional<String> problem(String text) {
        int index = text == null ? -1 : CourseFileCharacters.indexOfUnprintable(text);
        if (index < 0) {
            return Optional.empty();
        }
        return Optional.of("contains " + CodePoints.name(text.codePointAt(index)) + " at character " + (index + 1)
                + ", which is not text that can be stored");
    }
}
