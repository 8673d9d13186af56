package io.pathwise.shared.text;

/**
 * The characters a course file can hold: YAML 1.1's printable set (TAB, LF, CR, U+0020-U+007E,
 * U+0085, U+00A0-U+D7FF, U+E000-U+FFFD, and U+10000 and above as a valid surrogate pair). A text
 * with any other character is refused where it comes in: SnakeYAML cannot write it back (a lone
 * surrogate fails the export; a control character turns the value into {@code !!binary}), and
 * PostgreSQL cannot store U+0000 at all. Markdown files of a package follow the same rule, so that
 * every text of a package can travel through any of its files.
 */
public final class CourseFileCharacters {

    private CourseFileCharacters() {
    }

    /** The index of the first character a course file cannot hold, or -1 when there is none. */
    public static int indexOfUnprintable(CharSequence text) {
        for (int i = 0; i < text.length(); i += Character.charCount(Character.codePointAt(text, i))) {
            if (!isPrintable(Character.codePointAt(text, i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Why the character at {@code index} is refused, for a problem's reason: the character as
     * {@code U+XXXX} and where it is (counted from 1), such as
     * {@code contains U+D800 at character 10, which a course file cannot hold}.
     */
    public static String describe(CharSequence text, int index) {
        return "contains " + CodePoints.name(Character.codePointAt(text, index)) + " at character " + (index + 1)
                + ", which a course file cannot hold";
    }

    /** A lone surrogate comes from codePointAt as itself (U+D800-U+DFFF), so it falls outside every range. */
    private static boolean isPrintable(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7e) || c == 0x85
                || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
    }
}
