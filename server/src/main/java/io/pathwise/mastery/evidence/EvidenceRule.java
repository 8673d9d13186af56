package io.pathwise.mastery.evidence;

import io.pathwise.catalog.ActivityKind;
import io.pathwise.catalog.ActivityLocation;
import io.pathwise.catalog.ActivitySummary;
import io.pathwise.lrs.StatementRecorded;
import io.pathwise.lrs.StatementResult;
import io.pathwise.shared.xapi.PathwiseExtensions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What counts as an observation of a skill, whoever sent the statement (docs/mastery.md):
 * <ol>
 * <li>The statement is about an activity, by a known actor, and its result says right or wrong:
 * {@code success}, or else a scaled score (at least 0.5 is right). Anything else (a video watched,
 * a page read) is not an answer.</li>
 * <li>Its skills are the keys in the Pathwise skills context extension, when present (how
 * Pathwise quiz items, and any xAPI client that wishes, say which skills an answer shows), for the
 * course whose activity the object or a context activity is; keys the course does not have are
 * ignored. Without the extension, the object must be a course activity: its skills are those it
 * assesses, or else those it teaches.</li>
 * <li>A Pathwise quiz's own outcome (passed, failed, completed) is not an observation: its items'
 * answers already are, and counting the summary too would count each answer twice.</li>
 * <li>BKT observes first attempts: an answer the statement marks as not the first try (the
 * first-try result extension is false) is observed as wrong, since the first try was.</li>
 * <li>An answer tagged with several skills is one observation of each, each updated on its own
 * (as pyBKT and the ASSISTments skill-builder data treat multi-skill items).</li>
 * </ol>
 */
final class EvidenceRule {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvidenceRule() {
    }

    /**
     * @param located the tenant's course activities named by the statement's object and context
     *        activities (see {@link #irisOf})
     * @param skillKeys a course's skill keys by course id
     * @param learner whose evidence it is: the actor id, the same for every actor naming one user
     * @param user the Pathwise user the actor names, if any
     */
    static List<Observation> observations(StatementRecorded statement, List<ActivityLocation> located,
            Function<UUID, Set<String>> skillKeys, String learner, Optional<UUID> user) {
        if (!"Activity".equals(statement.objectType()) || statement.actor() == null || statement.objectId() == null) {
            return List.of();
        }
        Boolean correct = correctness(statement.result());
        if (correct == null) {
            return List.of();
        }
        ActivityLocation object = located.stream().filter(l -> l.activity().iri().equals(statement.objectId()))
                .findFirst().orElse(null);
        List<String> skills;
        UUID courseId;
        List<String> tagged = skillExtension(statement);
        if (tagged != null) {
            ActivityLocation anchor = object != null ? object : located.isEmpty() ? null : located.get(0);
            if (anchor == null) {
                return List.of();
            }
            courseId = anchor.courseId();
            Set<String> known = skillKeys.apply(courseId);
            skills = tagged.stream().filter(known::contains).distinct().toList();
        } else {
            if (object == null || object.activity().kind() == ActivityKind.QUIZ) {
                return List.of();
            }
            courseId = object.courseId();
            ActivitySummary activity = object.activity();
            skills = activity.assesses().isEmpty() ? activity.teaches() : activity.assesses();
        }
        boolean firstTry = !"false".equals(resultExtension(statement, PathwiseExtensions.FIRST_TRY));
        Integer seconds = statement.result().duration() == null ? null
                : (int) Math.min(Integer.MAX_VALUE, statement.result().duration().toSeconds());
        Integer hints = number(resultExtension(statement, PathwiseExtensions.HINTS_USED));
        List<Observation> observations = new ArrayList<>();
        for (String skill : skills) {
            observations.add(new Observation(statement.tenantId(), statement.statementId(), courseId, skill,
                    learner, user.orElse(null), statement.objectId(), correct && firstTry, seconds, hints,
                    statement.timestamp()));
        }
        return observations;
    }

    /** The IRIs to look up in the catalog for a statement: its object, then its context activities. */
    static List<String> irisOf(StatementRecorded statement) {
        Set<String> iris = new LinkedHashSet<>();
        if ("Activity".equals(statement.objectType()) && statement.objectId() != null) {
            iris.add(statement.objectId());
        }
        iris.addAll(statement.contextActivities());
        return List.copyOf(iris);
    }

    /** Whether a statement could be evidence at all, judged without any look-up. */
    static boolean mayBeEvidence(StatementRecorded statement) {
        return "Activity".equals(statement.objectType()) && statement.actor() != null
                && correctness(statement.result()) != null;
    }

    private static Boolean correctness(StatementResult result) {
        if (result == null) {
            return null;
        }
        if (result.success() != null) {
            return result.success();
        }
        return result.scaled() == null ? null : result.scaled() >= 0.5;
    }

    private static List<String> skillExtension(StatementRecorded statement) {
        String text = statement.contextExtensions() == null ? null
                : statement.contextExtensions().get(PathwiseExtensions.SKILLS);
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            List<String> keys = new ArrayList<>();
            if (node.isArray()) {
                for (JsonNode key : node) {
                    if (key.isString()) {
                        keys.add(key.asString());
                    }
                }
            } else if (node.isString()) {
                keys.add(node.asString());
            }
            return keys;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static String resultExtension(StatementRecorded statement, String iri) {
        return statement.result().extensions() == null ? null : statement.result().extensions().get(iri);
    }

    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return value >= 0 && value < Integer.MAX_VALUE ? (int) value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
