package io.pathwise.lrs;

import io.pathwise.lrs.statement.StatementWriter;
import io.pathwise.lrs.statement.VoidingGuard;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How Pathwise's own modules record learning evidence: as xAPI statements, through the same
 * validation, storage and {@link StatementsRecorded} event as statements from outside clients.
 * Call it from a listener of your own event, so that a failed write is retried by the Event
 * Publication Registry; statement ids make a retry harmless (the same statement twice is stored once).
 */
@Service
public class LrsApi {

    private final StatementWriter writer;
    private final VoidingGuard voiding;
    private final LrsProperties properties;

    LrsApi(StatementWriter writer, VoidingGuard voiding, LrsProperties properties) {
        this.writer = writer;
        this.voiding = voiding;
        this.properties = properties;
    }

    /**
     * For a module that stores what it derives from statements, in its own transaction before it
     * stores: returns those of the statements already voided (to be left out) and keeps the others
     * from being voided until the transaction ends. So a voiding is either seen here or waits for
     * the commit, and its {@link StatementVoided} then finds what was stored to take back.
     */
    public Set<UUID> lockAgainstVoiding(UUID tenantId, Collection<UUID> statementIds) {
        return voiding.lockAgainstVoiding(tenantId, statementIds);
    }

    /** Stores statements in the tenant's LRS with Pathwise itself as the authority; all or none. */
    public List<UUID> record(UUID tenantId, List<? extends JsonNode> statements) {
        return writer.store(new StatementWriter.Writer(tenantId, null, pathwiseAuthority(), true),
                List.copyOf(statements), XapiVersion.V2_0_0);
    }

    /** The Agent that names a Pathwise user in statements: an account on this installation. */
    public ObjectNode userAgent(UUID userId, String displayName) {
        ObjectNode agent = AgentId.account(properties.homePage(), userId.toString()).toAgent();
        if (displayName != null && !displayName.isBlank()) {
            agent.put("name", displayName);
        }
        return agent;
    }

    /** The actor id ({@link AgentId#value()}) of a Pathwise user, as events and queries name actors. */
    public String userAgentId(UUID userId) {
        return AgentId.account(properties.homePage(), userId.toString()).value();
    }

    /** The Pathwise user an actor names, when it is one of this installation's accounts. */
    public Optional<UUID> userOf(String actor) {
        if (actor == null) {
            return Optional.empty();
        }
        return new AgentId(actor).accountName(properties.homePage()).flatMap(name -> {
            try {
                return Optional.of(UUID.fromString(name));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private ObjectNode pathwiseAuthority() {
        ObjectNode authority = AgentId.account(properties.homePage(), "pathwise").toAgent();
        authority.put("name", "Pathwise");
        return authority;
    }

}
