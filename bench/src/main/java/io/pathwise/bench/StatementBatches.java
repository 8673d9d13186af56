package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request bodies generated before the timed phase: a pool of distinct batches (JSON arrays of
 * statements, as bytes), each sent with fresh statement ids written over the previous ones. A
 * send therefore costs the client one array copy and 100 UUIDs, while every statement the server
 * sees is new. The pool is large (by default 1,000 batches, 100,000 distinct statements), so the
 * server sees varied content, not the same few statements again and again.
 */
final class StatementBatches {

    /** One batch: its bytes with placeholder ids, where each id starts, and the related rows it yields. */
    private record Template(byte[] json, int[] idOffsets, int relatedRows) {
    }

    /** A batch ready to send: body, ids in order, and the related rows the LRS will write for it. */
    record Batch(byte[] body, UUID[] ids, int relatedRows) {
    }

    private static final byte[] PLACEHOLDER = "00000000-0000-4000-8000-000000000000".getBytes(StandardCharsets.US_ASCII);

    private final Template[] templates;
    private final int batchSize;

    private StatementBatches(Template[] templates, int batchSize) {
        this.templates = templates;
        this.batchSize = batchSize;
    }

    /**
     * {@code count} batches of {@code batchSize} statements, statements {@code 0..count*batchSize-1}
     * of the generator, timestamped within the last ten minutes before {@code now}.
     */
    static StatementBatches generate(StatementGenerator generator, LrsRow.Authority authority, int count,
            int batchSize, Instant now) {
        Template[] templates = new Template[count];
        UUID placeholder = UUID.fromString(new String(PLACEHOLDER, StandardCharsets.US_ASCII));
        for (int b = 0; b < count; b++) {
            StringBuilder json = new StringBuilder(batchSize * 2200);
            int[] offsets = new int[batchSize];
            int related = 0;
            int bytes = 1;
            json.append('[');
            for (int s = 0; s < batchSize; s++) {
                long index = (long) b * batchSize + s;
                StatementGenerator.Draft draft = generator.draft(index,
                        now.minusMillis(XapiVocabulary.mix(index) >>> 44 & 0x7FFFF));
                related += LrsRow.of(draft, authority).relatedRows();
                String statement = (s == 0 ? "" : ",") + draft.json(placeholder);
                // The id's position in bytes: statements may hold multi-byte UTF-8 characters.
                offsets[s] = bytes + (s == 0 ? 0 : 1) + "{\"id\":\"".length();
                bytes += statement.getBytes(StandardCharsets.UTF_8).length;
                json.append(statement);
            }
            json.append(']');
            templates[b] = new Template(json.toString().getBytes(StandardCharsets.UTF_8), offsets, related);
        }
        return new StatementBatches(templates, batchSize);
    }

    int size() {
        return templates.length;
    }

    int batchSize() {
        return batchSize;
    }

    long totalBytes() {
        long total = 0;
        for (Template t : templates) {
            total += t.json().length;
        }
        return total;
    }

    /** Batch {@code n} of the pool (cycling) with fresh random ids. */
    Batch take(long n) {
        Template template = templates[(int) (n % templates.length)];
        byte[] body = template.json().clone();
        UUID[] ids = new UUID[template.idOffsets().length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = randomUuid();
            byte[] text = ids[i].toString().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, body, template.idOffsets()[i], text.length);
        }
        return new Batch(body, ids, template.relatedRows());
    }

    /** A version 4 UUID from ThreadLocalRandom: as unique as needed here, without SecureRandom's cost. */
    static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    static List<String> describe(StatementBatches pool) {
        return List.of(pool.size() + " distinct batches of " + pool.batchSize() + " statements ("
                + String.format(java.util.Locale.ROOT, "%.0f", pool.totalBytes() / (double) pool.size() / pool.batchSize())
                + " bytes per statement on average), generated before the run; each send writes fresh ids");
    }
}
