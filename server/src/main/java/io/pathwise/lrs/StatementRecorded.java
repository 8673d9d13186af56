package io.pathwise.lrs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One statement stored in a tenant's LRS, whoever sent it: a Pathwise module or an outside xAPI
 * client, as {@link StatementsRecorded} announces it with the others of its write. Listeners (the
 * learner model, gamification, analytics) key their work by {@code statementId}, so a redelivered
 * event changes nothing.
 *
 * @param actor the actor's identifier as {@link AgentId#value()}, e.g. {@code mbox:mailto:ada@example.org}
 *        or {@code account:https://pathwise.example|0190…}; null for an anonymous group
 * @param objectId the activity IRI, agent identifier or referenced statement id, as text
 * @param objectType {@code Activity}, {@code Agent}, {@code Group}, {@code StatementRef} or {@code SubStatement}
 * @param contextActivities every activity IRI in the statement's context (parent, grouping, category, other)
 * @param result the scored result, or null when the statement has none
 * @param registration the context registration (an attempt, an enrolment), or null
 * @param contextExtensions the context's extensions: extension IRI to the value's JSON text (a
 *        learner model reads the skills an answer is evidence for from one of them)
 */
public record StatementRecorded(UUID statementId, UUID tenantId, String actor, String verb, String objectId,
        String objectType, List<String> contextActivities, StatementResult result, UUID registration,
        Instant timestamp, Instant stored, Map<String, String> contextExtensions) {
}
