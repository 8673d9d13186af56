package io.pathwise.assessment.evidence;

import io.pathwise.assessment.AttemptGraded;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The xAPI statements of a graded attempt: one {@code answered} per item, then {@code completed}
 * and {@code passed} or {@code failed} for the quiz, all with the attempt as registration. Their
 * ids are derived from the attempt, its grade version and the item, so recording them twice stores
 * them once; a regrade voids the previous version's statements and records the new ones.
 */
final class AttemptStatements {

    private final JsonMapper json;

    AttemptStatements(JsonMapper json) {
        this.json = json;
    }

    List<ObjectNode> of(AttemptGraded graded, ObjectNode actor) {
        List<ObjectNode> statements = new ArrayList<>();
        if (graded.gradeVersion() > 1) {
            for (UUID previous : ids(graded, graded.gradeVersion() - 1)) {
                statements.add(voiding(previous, actor, graded));
            }
        }
        List<UUID> ids = ids(graded, graded.gradeVersion());
        for (int i = 0; i < graded.items().size(); i++) {
            statements.add(answered(ids.get(i), graded, graded.items().get(i), actor));
        }
        statements.add(quizStatement(ids.get(graded.items().size()), XapiVocabulary.COMPLETED, graded, actor));
        statements.add(quizStatement(ids.get(graded.items().size() + 1),
                graded.passed() ? XapiVocabulary.PASSED : XapiVocabulary.FAILED, graded, actor));
        return statements;
    }

    /** The statement ids of one grade version: the items' in order, then completed, then passed or failed. */
    static List<UUID> ids(AttemptGraded graded, int version) {
        List<UUID> ids = new ArrayList<>();
        graded.items().forEach(item -> ids.add(id(graded.attemptId(), version, "item:" + item.itemKey())));
        ids.add(id(graded.attemptId(), version, "completed"));
        ids.add(id(graded.attemptId(), version, "outcome"));
        return ids;
    }

    private static UUID id(UUID attemptId, int version, String what) {
        return UUID.nameUUIDFromBytes(("pathwise:attempt:" + attemptId + ":" + version + ":" + what)
                .getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode answered(UUID id, AttemptGraded graded, AttemptGraded.ItemResult item, ObjectNode actor) {
        ObjectNode statement = base(id, actor, XapiVocabulary.ANSWERED, graded);
        ObjectNode object = statement.putObject("object");
        object.put("objectType", "Activity");
        object.put("id", graded.activityIri() + "/items/" + item.itemKey());
        ObjectNode definition = object.putObject("definition");
        definition.put("type", XapiVocabulary.INTERACTION);
        definition.put("interactionType", XapiVocabulary.interactionType(item.itemType()));
        ObjectNode result = statement.putObject("result");
        result.putObject("score").put("scaled", item.score());
        result.put("success", item.correct());
        result.put("completion", item.answered());
        if (item.response() != null) {
            result.put("response", item.response().length() > 4000 ? item.response().substring(0, 4000) : item.response());
        }
        result.put("duration", Duration.ofSeconds(item.seconds()).toString());
        ObjectNode extensions = result.putObject("extensions");
        extensions.put(XapiVocabulary.HINTS_USED, item.hintsUsed());
        extensions.put(XapiVocabulary.FIRST_TRY, item.firstTry());
        ObjectNode context = context(statement, graded);
        context.putObject("contextActivities").putArray("parent").addObject().put("id", graded.activityIri());
        ObjectNode contextExtensions = (ObjectNode) context.get("extensions");
        var skills = contextExtensions.putArray(XapiVocabulary.SKILLS);
        item.skills().forEach(skills::add);
        return statement;
    }

    private ObjectNode quizStatement(UUID id, String verb, AttemptGraded graded, ObjectNode actor) {
        ObjectNode statement = base(id, actor, verb, graded);
        ObjectNode object = statement.putObject("object");
        object.put("objectType", "Activity");
        object.put("id", graded.activityIri());
        object.putObject("definition").put("type", XapiVocabulary.ASSESSMENT);
        ObjectNode result = statement.putObject("result");
        ObjectNode score = result.putObject("score");
        score.put("scaled", Math.round(graded.scaledScore() * 10_000) / 10_000.0);
        if (graded.maxScore() > 0) { // xAPI needs min < max; an attempt whose items were all withdrawn has no range
            score.put("raw", graded.score());
            score.put("min", 0);
            score.put("max", graded.maxScore());
        }
        result.put("success", graded.passed());
        result.put("completion", true);
        result.put("duration", Duration.between(graded.startedAt(), graded.submittedAt()).toString());
        context(statement, graded);
        return statement;
    }

    private ObjectNode voiding(UUID target, ObjectNode actor, AttemptGraded graded) {
        ObjectNode statement = json.createObjectNode();
        statement.put("id", id(target, graded.gradeVersion(), "void").toString());
        statement.set("actor", actor.deepCopy());
        ObjectNode verb = statement.putObject("verb");
        verb.put("id", XapiVocabulary.VOIDED);
        verb.putObject("display").put("en-US", "voided");
        ObjectNode object = statement.putObject("object");
        object.put("objectType", "StatementRef");
        object.put("id", target.toString());
        statement.put("timestamp", graded.gradedAt().toString());
        return statement;
    }

    private ObjectNode base(UUID id, ObjectNode actor, String verb, AttemptGraded graded) {
        ObjectNode statement = json.createObjectNode();
        statement.put("id", id.toString());
        statement.set("actor", actor.deepCopy());
        ObjectNode verbNode = statement.putObject("verb");
        verbNode.put("id", verb);
        verbNode.putObject("display").put("en-US", verb.substring(verb.lastIndexOf('/') + 1));
        statement.put("timestamp", graded.submittedAt().toString());
        return statement;
    }

    private ObjectNode context(ObjectNode statement, AttemptGraded graded) {
        ObjectNode context = statement.putObject("context");
        context.put("registration", graded.attemptId().toString());
        context.putObject("extensions").put(XapiVocabulary.GRADE_VERSION, graded.gradeVersion());
        return context;
    }
}
