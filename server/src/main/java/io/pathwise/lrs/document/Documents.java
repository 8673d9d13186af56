package io.pathwise.lrs.document;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents of the State, Activity Profile and Agent Profile resources (xAPI Communication
 * 2.2 to 2.7), per tenant. Every write reads the document with a row lock, checks the request's
 * {@link Preconditions} against it and writes in the same transaction, so concurrent writes to one
 * document take turns: no merge is lost and no condition is judged against a stale version. Two
 * requests creating the same new document meet at the primary key; the one that loses runs again
 * and finds the other's document (a POST then merges into it, a PUT with If-None-Match: * gets 412).
 */
@Service
public class Documents {

    private static final int MAX_ATTEMPTS = 3;

    private final DocumentStore store;
    private final JsonMerge merge;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Documents(DocumentStore store, JsonMerge merge, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.merge = merge;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The ids of a context's documents, and when the most recently written of them was written (null if none). */
    public record Listing(List<String> ids, Instant lastModified) {
    }

    public Optional<StoredDocument> find(UUID tenantId, DocumentAddress address) {
        return store.find(tenantId, address);
    }

    /**
     * The ids in the context; with {@code since}, only of documents stored or updated after it
     * (exclusive). A State list without a registration spans registrations, where one stateId may
     * name several documents; it is listed once.
     */
    public Listing list(UUID tenantId, DocumentContext context, Instant since) {
        List<DocumentStore.Listed> listed = store.list(tenantId, context, since);
        Instant lastModified = listed.isEmpty() ? null : listed.get(listed.size() - 1).updated();
        return new Listing(listed.stream().map(DocumentStore.Listed::id).distinct().toList(), lastModified);
    }

    /** Stores the content as the document, replacing any before it, and returns what was stored. */
    public StoredDocument put(UUID tenantId, DocumentAddress address, DocumentContent content, Preconditions conditions) {
        return write(() -> {
            Optional<StoredDocument> current = store.findForUpdate(tenantId, address);
            conditions.check(current, true, address);
            return save(tenantId, address, current, content.contentType(), content.bytes());
        });
    }

    /**
     * Stores the content as a new document, or merges it into the existing one (both must be JSON
     * objects), and returns what was stored.
     */
    public StoredDocument post(UUID tenantId, DocumentAddress address, DocumentContent content,
            Preconditions conditions) {
        return write(() -> {
            Optional<StoredDocument> current = store.findForUpdate(tenantId, address);
            conditions.check(current, false, address);
            if (current.isEmpty()) {
                return save(tenantId, address, current, content.contentType(), content.bytes());
            }
            return save(tenantId, address, current, current.get().contentType(), merge.merge(current.get(), content));
        });
    }

    /** Deletes the document; deleting one that does not exist (with no If-Match) is not an error. */
    public void delete(UUID tenantId, DocumentAddress address, Preconditions conditions) {
        write(() -> {
            Optional<StoredDocument> current = store.findForUpdate(tenantId, address);
            conditions.check(current, false, address);
            current.ifPresent(document -> store.delete(tenantId, address));
            return null;
        });
    }

    /** Deletes every document of the context (the State resource's DELETE without stateId). */
    public void deleteAll(UUID tenantId, DocumentContext context) {
        store.deleteAll(tenantId, context);
    }

    private StoredDocument save(UUID tenantId, DocumentAddress address, Optional<StoredDocument> current,
            String contentType, byte[] bytes) {
        // Milliseconds, as xAPI timestamps are written: "since" and Last-Modified compare what was stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        StoredDocument document = new StoredDocument(address.id(), contentType, bytes, EntityTags.of(bytes), now);
        if (current.isPresent()) {
            store.update(tenantId, address, document);
        } else {
            store.insert(tenantId, address, document);
        }
        return document;
    }

    private <T> T write(Supplier<T> attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return transactions.execute(status -> attempt.get());
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                // Another request created or locked the document first; the next try sees its result.
                if (tries == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
