package io.pathwise.bench;

import io.pathwise.pathways.engine.Activity;
import io.pathwise.pathways.engine.SkillGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The xAPI answers that give each learner of the Junyi course a history, as any xAPI client would
 * send them: learner {@code i} of {@code n} has mastered the first {@code maxMastered * i / (n-1)}
 * skills in course order (prerequisites before what builds on them), each by three right answers on
 * its first practice, a month ago (so reviews fall due); every third learner has then answered the
 * next skill wrong three times (a run of wrong answers, which the recommendations react to).
 */
final class JunyiEvidence {

    private static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    private static final int RIGHT_TO_MASTER = 3;

    /** One learner's statements, in order (each answer is one observation of one skill). */
    record History(String email, List<String> statements) {
    }

    private final List<String> practiceBySkillOrder;

    /**
     * @param iriPrefix the course's activity IRIs without the activity id
     */
    JunyiEvidence(SkillGraph graph, List<Activity> activities, JunyiCoursePackage course, String iriPrefix) {
        Map<String, String> practiceOf = new HashMap<>();
        for (Activity activity : activities) {
            if (activity.kind().equals("practice") && activity.skills().size() == 1) {
                practiceOf.putIfAbsent(activity.skills().get(0), iriPrefix + course.activityId(activity.key()));
            }
        }
        this.practiceBySkillOrder = graph.keysInCourseOrder().stream().map(practiceOf::get).toList();
    }

    /** Skills mastered by learner {@code index} of {@code learners}. */
    static int mastered(int index, int learners, int maxMastered) {
        return learners == 1 ? maxMastered : (int) Math.round((double) maxMastered * index / (learners - 1));
    }

    History of(int index, int learners, int maxMastered, String email, Instant monthAgo) {
        return ofMastered(index, mastered(index, learners, maxMastered), email, monthAgo);
    }

    /** Learner {@code index}'s history when they have mastered the first {@code skills} skills in course order. */
    History ofMastered(int index, int skills, String email, Instant monthAgo) {
        int mastered = Math.min(practiceBySkillOrder.size(), skills);
        List<String> statements = new ArrayList<>();
        Instant at = monthAgo;
        for (int s = 0; s < mastered; s++) {
            for (int i = 0; i < RIGHT_TO_MASTER; i++) {
                statements.add(answer(email, practiceBySkillOrder.get(s), true, at));
                at = at.plusSeconds(40);
            }
        }
        if (index % 3 == 2 && mastered < practiceBySkillOrder.size()) {
            Instant recent = Instant.now().minusSeconds(3600);
            for (int i = 0; i < 3; i++) {
                statements.add(answer(email, practiceBySkillOrder.get(mastered), false, recent.plusSeconds(40L * i)));
            }
        }
        return new History(email, statements);
    }

    private static String answer(String email, String activityIri, boolean right, Instant at) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":{\"objectType\":\"Agent\",\"mbox\":"
                + Json.string("mailto:" + email) + "},\"verb\":{\"id\":\"" + ANSWERED + "\"},\"object\":{"
                + "\"objectType\":\"Activity\",\"id\":" + Json.string(activityIri) + "},\"result\":{\"success\":"
                + right + "},\"timestamp\":\"" + at + "\"}";
    }
}
