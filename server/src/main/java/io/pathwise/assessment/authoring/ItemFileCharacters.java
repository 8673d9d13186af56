package io.pathwise.assessment.authoring;

import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.shared.text.CourseFileCharacters;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Refuses item and quiz texts holding characters a course file cannot hold
 * ({@link CourseFileCharacters}). Items and quizzes are stored as JSON read back by the YAML reader
 * and exported as YAML. An escape such as {@code "\ud800"} in a JSON body or a quoted YAML string
 * still puts any character into a text; accepted, it made the stored item unreadable and every
 * quiz of the course fail, so every string of an item or quiz file (keys, list entries, nested
 * texts) is checked where it enters, each reported with its path.
 */
final class ItemFileCharacters {

    private ItemFileCharacters() {
    }

    /**
     * Reports every string (keys too) under {@code node} that holds such a character, at its line,
     * naming its path from {@code node} ({@code prompt}, {@code hints[1]}, {@code choices[0].text});
     * returns whether it found any.
     */
    static boolean check(String file, Node node, PackageProblems problems) {
        int before = problems.list().size();
        check(file, node, "", problems);
        return problems.list().size() > before;
    }

    private static void check(String file, Node node, String path, PackageProblems problems) {
        if (node instanceof ScalarNode scalar) {
            String text = scalar.getValue();
            int index = CourseFileCharacters.indexOfUnprintable(text);
            if (index >= 0) {
                problems.add(file, node, (path.isEmpty() ? "the text" : "'" + path + "'") + " "
                        + CourseFileCharacters.describe(text, index));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                check(file, sequence.getValue().get(i), path + "[" + i + "]", problems);
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                if (key instanceof ScalarNode scalar && CourseFileCharacters.indexOfUnprintable(scalar.getValue()) < 0) {
                    check(file, tuple.getValueNode(), path.isEmpty() ? scalar.getValue() : path + "." + scalar.getValue(),
                            problems);
                } else {
                    // A key that cannot be written cannot name the path either.
                    check(file, key, path.isEmpty() ? "a key" : path + " (a key)", problems);
                }
            }
        }
    }
}
