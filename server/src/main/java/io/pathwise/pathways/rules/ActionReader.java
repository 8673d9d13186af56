package io.pathwise.pathways.rules;

import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.YamlMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one action of a rule's {@code then}, checking the keys it names against the course. */
final class ActionReader {

    static final List<String> KINDS = List.of("alert", "recommend", "unlock");
    static final int MAX_MESSAGE = 500;
    static final int MAX_REASON = 300;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final String file;
    private final CourseKeys keys;
    private final PackageProblems problems;

    ActionReader(String file, CourseKeys keys, PackageProblems problems) {
        this.file = file;
        this.keys = keys;
        this.problems = problems;
    }

    /** The action; null (with problems) when it is not a valid one. */
    Action read(Node node) {
        YamlMap map = YamlMap.of(file, node, "each action", problems);
        String kind = map == null ? null : RuleKinds.kind(map, KINDS, "action", problems);
        if (kind == null) {
            return null;
        }
        Action action;
        switch (kind) {
            case "alert":
                action = alert(map);
                break;
            case "recommend":
                action = recommend(map);
                break;
            default:
                action = unlock(map);
                break;
        }
        map.rejectUnknownKeys();
        return action;
    }

    private Action alert(YamlMap map) {
        String message = map.string("alert", true, MAX_MESSAGE);
        if (message == null) {
            return null;
        }
        Matcher placeholders = PLACEHOLDER.matcher(message);
        while (placeholders.find()) {
            if (!placeholders.group().equals(Action.Alert.LEARNER)) {
                problems.add(file, map.nodeOf("alert"), "'" + placeholders.group() + "' is not a placeholder: an alert may "
                        + "name " + Action.Alert.LEARNER + ", the learner's name");
                return null;
            }
        }
        return new Action.Alert(message);
    }

    private Action recommend(YamlMap map) {
        String activity = map.id("recommend");
        if (activity != null && !keys.isActivity(activity)) {
            problems.add(file, map.nodeOf("recommend"), "'" + activity + "' is not an activity of the course");
            activity = null;
        }
        boolean hasReason = map.has("reason");
        String reason = map.string("reason", hasReason, MAX_REASON);
        return activity == null || (hasReason && reason == null) ? null : new Action.Recommend(activity, reason);
    }

    private Action unlock(YamlMap map) {
        String unit = map.id("unlock");
        if (unit != null && !keys.isUnit(unit)) {
            problems.add(file, map.nodeOf("unlock"), "'" + unit + "' is not a unit of the course (course.yaml 'units')");
            return null;
        }
        return unit == null ? null : new Action.Unlock(unit);
    }
}
