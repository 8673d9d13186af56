package io.pathwise.lrs.statement;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * A statement ready to store: the JSON the LRS will return (with id, stored, authority, version
 * and timestamp set) and the values its table columns hold.
 *
 * @param voidTarget the statement this one voids, when it is a voiding statement
 * @param groupMembers keys of the members of an actor or object Group: the agent filter matches a
 *        Group by its members (xAPI Communication 2.1.3, "agent")
 * @param relatedAgents keys of agents it mentions besides actor and object (related_agents)
 * @param relatedActivities keys of activities it mentions besides its object (related_activities)
 * @param definitions activities that came with a definition, for the Activities resource
 */
record StatementRow(UUID statementId, ObjectNode json, UUID actorKey, UUID verbKey, UUID objectKey,
        UUID refTarget, UUID registration, UUID voidTarget, Set<UUID> groupMembers, Set<UUID> relatedAgents, Set<UUID> relatedActivities,
        List<ObjectNode> definitions, Instant stored) {
}
