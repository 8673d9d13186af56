package io.pathwise.pathways.rules;

import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.YamlMap;
import java.util.List;

/** Finds the kind of a condition or action: the one key of the entry that names a kind. */
final class RuleKinds {

    private RuleKinds() {
    }

    /** The entry's kind; null (with a problem) when it names none, an unknown one, or several. */
    static String kind(YamlMap map, List<String> kinds, String what, PackageProblems problems) {
        List<String> named = map.keys().stream().filter(kinds::contains).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        String known = String.join(", ", kinds.subList(0, kinds.size() - 1)) + " or " + kinds.get(kinds.size() - 1);
        if (named.isEmpty() && map.keys().isEmpty()) {
            problems.add(map.file(), map.node(), "each " + what + " starts with its kind: " + known);
        } else if (named.isEmpty()) {
            String first = map.keys().get(0);
            problems.add(map.file(), map.keyOf(first), "'" + first + "' is not a kind of " + what + ": use " + known);
        } else {
            problems.add(map.file(), map.keyOf(named.get(1)), "each " + what + " has one kind, but this one names '"
                    + named.get(0) + "' and '" + named.get(1) + "': write them as two " + what + "s");
        }
        return null;
    }
}
