package io.pathwise.lrs.statement;

import io.pathwise.lrs.StatementRecorded;
import io.pathwise.lrs.StatementVoided;
import io.pathwise.lrs.XapiVersion;
import io.pathwise.lrs.statement.validation.StatementValidator;
import io.pathwise.lrs.statement.wire.ExactJson;
import io.pathwise.lrs.statement.wire.StatementComparison;
import io.pathwise.lrs.statement.wire.StatementFormats;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores statements: validates every one first (a batch with one invalid statement stores
 * nothing), then writes the whole batch in one transaction, so a crash mid-batch leaves all of it
 * or none. A statement whose id is already stored is accepted again if it is the same statement
 * and refused with 409 if it is not (xAPI Communication 2.1.1); two clients sending the same new id
 * at once meet at the unique key, and the loser's batch is retried against what the winner stored.
 * Each stored statement is announced as {@link StatementRecorded} in the same transaction, through
 * the Event Publication Registry.
 */
@Service
public class StatementWriter {

    private static final int MAX_ATTEMPTS = 3;

    private final StatementStore store;
    private final ActivityDefinitions definitions;
    private final AttachmentStore attachments;
    private final StatementValidator validator = new StatementValidator();
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final InFlightWrites inFlight;
    private final Clock clock;

    StatementWriter(StatementStore store, ActivityDefinitions definitions, AttachmentStore attachments,
            TransactionTemplate transactions,
            ApplicationEventPublisher events, JsonMapper json, InFlightWrites inFlight, Clock clock) {
        this.store = store;
        this.definitions = definitions;
        this.attachments = attachments;
        this.transactions = transactions;
        this.events = events;
        // The stored statement a resent one is compared with is read exactly, as the resent one was
        // (ExactJson); read as doubles, an extension's 1E+309 could not be compared at all.
        this.json = ExactJson.of(json);
        this.inFlight = inFlight;
        this.clock = clock;
    }

    /** Who is writing: the tenant, the credential (null for Pathwise itself) and the authority to set. */
    public record Writer(UUID tenantId, UUID credentialId, ObjectNode authority, boolean mayDefine) {
    }

    /**
     * Stores the statements, all or none, and returns their ids in order. {@code statements} are
     * JSON objects as received; they are not changed.
     *
     * @throws ApiException 400 naming every invalid field, or 409 for an id used by another statement
     */
    public List<UUID> store(Writer writer, List<JsonNode> statements, XapiVersion version) {
        return store(writer, statements, version, List.of());
    }

    /** Stores statements with the attachment payloads they came with, in the same transaction. */
    public List<UUID> store(Writer writer, List<JsonNode> statements, XapiVersion version,
            java.util.Collection<AttachmentStore.Payload> payloads) {
        List<ObjectNode> valid = validate(statements, version);
        long ticket = inFlight.begin();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return transactions.execute(status -> {
                        attachments.save(writer.tenantId(), payloads);
                        return write(writer, valid, version);
                    });
                } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                    // Another request stored one of these ids (or the same new activity definition)
                    // between our check and our write: the next attempt sees it and compares.
                    if (attempt == MAX_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } finally {
            inFlight.end(ticket);
        }
    }

    private List<ObjectNode> validate(List<JsonNode> statements, XapiVersion version) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            String prefix = statements.size() == 1 ? "" : "[" + i + "].";
            JsonNode statement = statements.get(i);
            for (FieldProblem problem : validator.validate(statement, version)) {
                problems.add(new FieldProblem(prefix + problem.field(), problem.reason()));
            }
            JsonNode id = statement.get("id");
            if (id != null && id.isString() && !ids.add(id.asString().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new FieldProblem(prefix + "id", "is used by another statement of the same batch"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid statement",
                    problems.size() == 1 ? problems.get(0).toString()
                            : problems.size() + " problems; the first: " + problems.get(0),
                    problems);
        }
        return statements.stream().map(ObjectNode.class::cast).toList();
    }

    private List<UUID> write(Writer writer, List<ObjectNode> statements, XapiVersion version) {
        var stored = clock.instant();
        List<StatementRow> rows = new ArrayList<>(statements.size());
        Map<UUID, ObjectNode> received = new LinkedHashMap<>();
        for (ObjectNode statement : statements) {
            ObjectNode normalized = (ObjectNode) StatementFormats.normalizeForStorage(statement.deepCopy());
            StatementRow row = StatementPreparer.prepare(normalized, writer.authority(), version, stored);
            rows.add(row);
            received.put(row.statementId(), statement);
        }
        Map<UUID, StatementStore.Stored> existing = store.find(writer.tenantId(), received.keySet());
        List<StatementRow> fresh = new ArrayList<>(rows.size());
        for (StatementRow row : rows) {
            StatementStore.Stored before = existing.get(row.statementId());
            if (before == null) {
                fresh.add(row);
            } else if (!StatementComparison.sameStatement(json.readTree(before.body()), received.get(row.statementId()))) {
                throw new ApiException(HttpStatus.CONFLICT, "Statement id already used",
                        "Statement " + row.statementId() + " is already stored with different content.");
            }
        }
        checkVoidingTargets(writer.tenantId(), fresh);
        // Written as UTF-8 bytes, then decoded: Jackson's byte writer is much cheaper than its
        // String writer for these ~2 KB bodies, and decoding mostly-ASCII text is a copy.
        List<String> bodies = fresh.stream()
                .map(row -> new String(json.writeValueAsBytes(row.json()), java.nio.charset.StandardCharsets.UTF_8))
                .toList();
        refuseOversized(rows, fresh, bodies);
        store.insert(writer.tenantId(), writer.credentialId(), fresh, bodies);
        for (UUID alreadyVoided : store.alreadyVoided(writer.tenantId(), fresh.stream().map(StatementRow::statementId).toList())) {
            store.markVoided(writer.tenantId(), alreadyVoided);
        }
        StatementEvents.announce(writer.tenantId(), fresh, bodies, events::publishEvent);
        for (StatementRow row : fresh) {
            if (row.voidTarget() != null && store.markVoided(writer.tenantId(), row.voidTarget())) {
                events.publishEvent(new StatementVoided(row.voidTarget(), row.statementId(), writer.tenantId(),
                        StatementEvents.actor(row)));
            }
        }
        if (writer.mayDefine()) {
            definitions.remember(writer.tenantId(), fresh);
        }
        return rows.stream().map(StatementRow::statementId).toList();
    }

    /**
     * 413 for a statement whose stored text would not fit the statement table: without this check
     * the database refused it and the client saw a 500 it could only retry. The limit is measured
     * on the text Pathwise stores, which is what the column holds.
     */
    private static void refuseOversized(List<StatementRow> batch, List<StatementRow> fresh, List<String> bodies) {
        for (int i = 0; i < fresh.size(); i++) {
            int chars = bodies.get(i).length();
            if (chars > StatementStore.MAX_BODY_CHARS) {
                String field = batch.size() == 1 ? "statement" : "[" + batch.indexOf(fresh.get(i)) + "]";
                String reason = String.format(java.util.Locale.ROOT,
                        "is %,d characters as stored; this LRS stores statements of at most %,d characters"
                                + " (send large content as an attachment)", chars, StatementStore.MAX_BODY_CHARS);
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Statement too large", field + " " + reason,
                        List.of(new FieldProblem(field, reason)));
            }
        }
    }

    /** A voiding statement cannot itself be voided (xAPI Data 2.3.2). */
    private void checkVoidingTargets(UUID tenantId, List<StatementRow> rows) {
        List<UUID> targets = rows.stream().map(StatementRow::voidTarget).filter(java.util.Objects::nonNull).toList();
        if (targets.isEmpty()) {
            return;
        }
        UUID voidedVerb = Keys.verb(StatementPreparer.VOIDED);
        for (StatementStore.Stored target : store.find(tenantId, targets).values()) {
            if (target.verbKey().equals(voidedVerb)) {
                throw ApiException.badField("object.id",
                        "statement " + target.statementId() + " is a voiding statement, and a voiding statement cannot be voided");
            }
        }
        Set<UUID> batchVoiding = new HashSet<>();
        rows.stream().filter(r -> r.voidTarget() != null).forEach(r -> batchVoiding.add(r.statementId()));
        for (UUID target : targets) {
            if (batchVoiding.contains(target)) {
                throw ApiException.badField("object.id",
                        "statement " + target + " is a voiding statement, and a voiding statement cannot be voided");
            }
        }
    }
}
