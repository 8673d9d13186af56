package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The hostile requests for one target, reproducibly: the same seed and target always give the same
 * requests, whatever other targets there are (each target's random stream is seeded from the run's
 * seed and the target's name). The families that apply to the target take turns, in an order
 * shuffled by the seed, so every family is tried once before any is tried twice; the multi-megabyte
 * ones (bodies at and over the limit) are tried once only.
 */
final class FuzzVariants {

    /** One way of breaking a request; returns false when it does not apply to this draft. */
    private interface Family {
        boolean apply(RequestDraft draft, SplittableRandom random);
    }

    private record Named(String name, boolean once, Family family) {
    }

    private final Map<String, String> packageFiles;

    /** @param packageFiles the valid course package's files, which the zip variants break */
    FuzzVariants(Map<String, String> packageFiles) {
        this.packageFiles = packageFiles;
    }

    List<FuzzRequest> of(FuzzTarget target, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + target.operation().hashCode());
        List<Named> families = families(target);
        for (int i = families.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Named t = families.get(i);
            families.set(i, families.get(j));
            families.set(j, t);
        }
        List<FuzzRequest> requests = new ArrayList<>();
        List<Named> used = new ArrayList<>();
        int misses = 0;
        for (int turn = 0; requests.size() < count && misses < families.size() * 3; turn++) {
            Named named = families.get(turn % families.size());
            if (named.once() && used.contains(named)) {
                misses++;
                continue;
            }
            RequestDraft draft = baseline(target, random);
            if (named.family().apply(draft, random)) {
                requests.add(draft.build());
                used.add(named);
                misses = 0;
            } else {
                misses++;
            }
        }
        return requests;
    }

    /**
     * The valid request; for a destructive target, with the id of what it destroys replaced by an unknown UUID,
     * and with a fresh UUID for parameters that must not repeat.
     */
    static RequestDraft baseline(FuzzTarget target, SplittableRandom random) {
        RequestDraft draft = new RequestDraft(target);
        if (!target.safeIds() && !draft.pathValues.isEmpty()) {
            // The last variable names what would be destroyed; the ones before it (the course) stay valid.
            String last = new ArrayList<>(draft.pathValues.keySet()).get(draft.pathValues.size() - 1);
            draft.pathValues.put(last, new java.util.UUID(random.nextLong(), random.nextLong()).toString());
        }
        // A statement id used once is taken: each request gets its own, or every variant after the
        // first accepted one would only meet the 409 for a different statement under a known id.
        for (FuzzTarget.QueryParameter p : target.query()) {
            if (p.type().equals("fresh-uuid")) {
                draft.setQuery(p.name(), new java.util.UUID(random.nextLong(), random.nextLong()).toString());
            }
        }
        return draft;
    }

    private List<Named> families(FuzzTarget target) {
        List<Named> f = new ArrayList<>();
        if (!target.pathValues().isEmpty()) {
            f.add(new Named("path id", false, EnvelopeVariants::pathId));
            f.add(new Named("path id again", false, EnvelopeVariants::pathId));
        }
        if (!target.query().isEmpty()) {
            f.add(new Named("query value", false, EnvelopeVariants::queryValue));
            f.add(new Named("query value again", false, EnvelopeVariants::queryValue));
        }
        f.add(new Named("query shape", false, (d, r) -> { EnvelopeVariants.queryShape(d, r); return true; }));
        f.add(new Named("accept", false, (d, r) -> { EnvelopeVariants.accept(d, r); return true; }));
        if (target.headers().containsKey("X-Experience-API-Version")) {
            f.add(new Named("xAPI version", false, (d, r) -> { EnvelopeVariants.xapiVersion(d, r); return true; }));
        }
        if (target.body() != FuzzTarget.BodyKind.NONE) {
            f.add(new Named("content type", false, (d, r) -> { EnvelopeVariants.contentType(d, r); return true; }));
            f.add(new Named("empty body", false, (d, r) -> { EnvelopeVariants.emptyBody(d); return true; }));
            f.add(new Named("at limit", true, (d, r) -> EnvelopeVariants.atLimit(d, false)));
            f.add(new Named("over limit", true, (d, r) -> EnvelopeVariants.atLimit(d, true)));
        }
        switch (target.body()) {
            case JSON -> {
                for (JsonVariants.FieldChange change : JsonVariants.FieldChange.values()) {
                    f.add(new Named("field " + change, change == JsonVariants.FieldChange.HUGE,
                            (d, r) -> JsonVariants.changeField(d, change, r)));
                }
                f.add(new Named("field text again", false, (d, r) -> JsonVariants.changeField(d, JsonVariants.FieldChange.TEXT, r)));
                f.add(new Named("field number again", false, (d, r) -> JsonVariants.changeField(d, JsonVariants.FieldChange.NUMBER, r)));
                f.add(new Named("whole document", false, (d, r) -> { JsonVariants.replaceWhole(d, r); return true; }));
                f.add(new Named("whole document again", false, (d, r) -> { JsonVariants.replaceWhole(d, r); return true; }));
            }
            case FORM -> {
                for (int i = 0; i < 4; i++) {
                    f.add(new Named("form " + i, false, (d, r) -> { FileVariants.form(d, r); return true; }));
                }
            }
            case ZIP, MULTIPART_ZIP -> {
                for (int i = 0; i < 4; i++) {
                    f.add(new Named("zip " + i, false, (d, r) -> { FileVariants.zip(d, packageFiles, r); return true; }));
                }
                if (target.body() == FuzzTarget.BodyKind.MULTIPART_ZIP) {
                    byte[] zip = FileVariants.zipOf(packageFiles, java.nio.charset.StandardCharsets.UTF_8);
                    f.add(new Named("multipart", false, (d, r) -> { FileVariants.multipartShape(d, zip, r); return true; }));
                }
            }
            case CSV -> {
                for (int i = 0; i < 3; i++) {
                    f.add(new Named("csv " + i, false, (d, r) -> { FileVariants.csv(d, r); return true; }));
                }
            }
            default -> {
            }
        }
        return f;
    }
}
