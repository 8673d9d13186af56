package io.pathwise.assessment.authoring;

import io.pathwise.catalog.packaging.PackageProblems;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Refuses texts holding characters a course file cannot hold. Items and quizzes are stored as JSON
 * read back by the YAML reader and exported as YAML, and YAML allows only its printable set (TAB,
 * LF, CR, U+0020 to U+007E, U+0085, U+00A0 to U+D7FF, U+E000 to U+FFFD and whole surrogate pairs).
 * An escape such as {@code "\ud800"} in a JSON body or a quoted YAML string still puts any other
 * character into a text; accepted, it would make the stored item unreadable and every quiz of the
 * course fail, so every string of an item or quiz file is checked where it enters.
 */
final class CourseFileCharacters {

    private CourseFileCharacters() {
    }

    /**
     * Reports every string (keys too) under {@code node} that holds such a character, at its line,
     * naming its path from {@code node} ({@code prompt}, {@code hints[1]}, {@code choices[0].text}).
     */
    static void check(String file, Node node, PackageProblems problems) {
        check(file, node, "", problems);
    }

    private static void check(String file, Node node, String path, PackageProblems problems) {
        if (node instanceof ScalarNode scalar) {
            firstUnwritable(scalar.getValue()).ifPresent(reason -> problems.add(file, node,
                    (path.isEmpty() ? "the text" : "'" + path + "'") + " " + reason));
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                check(file, sequence.getValue().get(i), path + "[" + i + "]", problems);
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                if (key instanceof ScalarNode scalar && firstUnwritable(scalar.getValue()).isEmpty()) {
                    check(file, tuple.getValueNode(), path.isEmpty() ? scalar.getValue() : path + "." + scalar.getValue(),
                            problems);
                } else {
                    // A key that cannot be written cannot name the path either.
                    check(file, key, path.isEmpty() ? "a key" : path + " (a key)", problems);
                }
            }
        }
    }

    /** Why the text cannot be written to a course file ("contains U+D800, a character ..."), or empty when it can. */
    static Optional<String> firstUnwritable(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i); // a lone surrogate comes back as itself
            if (!writable(codePoint)) {
                return Optional.of("contains " + String.format("U+%04X", codePoint)
                        + ", a character a course file cannot hold (control characters other than tab and line breaks, "
                        + "lone surrogates, U+FFFE and U+FFFF)");
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** YAML 1.1's printable set, the one SnakeYAML reads and writes. */
    private static boolean writable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
