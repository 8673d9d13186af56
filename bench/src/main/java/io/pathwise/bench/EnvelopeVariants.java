package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Variants of everything around the body: path ids, query parameters, Content-Type and the other
 * headers, and the body's size (empty, at the documented limit, just over it).
 */
final class EnvelopeVariants {

    private EnvelopeVariants() {
    }

    /** Encoded path segments no valid id looks like. */
    static final List<String[]> BAD_IDS = List.of(
            new String[] {"not a UUID", "not-a-uuid"},
            new String[] {"a number", "12345"},
            new String[] {"the nil UUID", "00000000-0000-0000-0000-000000000000"},
            new String[] {"'..'", ".."},
            new String[] {"'.'", "."},
            new String[] {"encoded '..' (%2e%2e)", "%2e%2e"},
            new String[] {"%00", "%00"},
            new String[] {"ends in %00", "x%00"},
            new String[] {"encoded slash %2F", "a%2Fb"},
            new String[] {"encoded backslash %5C", "a%5Cb"},
            new String[] {"invalid UTF-8 %FF", "%FF"},
            new String[] {"overlong UTF-8 %C0%AF", "%C0%AF"},
            new String[] {"UTF-8-encoded surrogate %ED%A0%80", "%ED%A0%80"},
            new String[] {"control character %01", "a%01b"},
            new String[] {"a 3,000-character id", "a".repeat(3_000)},
            new String[] {"a space", "a%20b"},
            new String[] {"matrix parameter ;x=1", "a;x=1"},
            new String[] {"percent sign %25", "%25"},
            new String[] {"UUID with braces", "%7B" + UUID.randomUUID() + "%7D"},
            new String[] {"upper-case UUID", UUID.randomUUID().toString().toUpperCase()});

    static boolean pathId(RequestDraft draft, SplittableRandom random) {
        List<String> names = new ArrayList<>(draft.pathValues.keySet());
        if (names.isEmpty()) {
            return false;
        }
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(4) == 0) {
            String other = new UUID(random.nextLong(), random.nextLong()).toString();
            draft.pathValues.put(name, other);
            draft.label = "path {" + name + "} = another, unknown UUID";
        } else {
            String[] bad = BAD_IDS.get(random.nextInt(BAD_IDS.size()));
            draft.pathValues.put(name, bad[1]);
            draft.label = "path {" + name + "} = " + bad[0];
        }
        return true;
    }

    /** A declared query parameter given a value its type cannot take. */
    static boolean queryValue(RequestDraft draft, SplittableRandom random) {
        List<FuzzTarget.QueryParameter> declared = draft.target.query();
        if (declared.isEmpty()) {
            return false;
        }
        FuzzTarget.QueryParameter p = declared.get(random.nextInt(declared.size()));
        List<String[]> values = new ArrayList<>(List.of(
                new String[] {"empty", ""},
                new String[] {"invalid UTF-8 %FF", "%FF"},
                new String[] {"UTF-8-encoded surrogate %ED%A0%80", "%ED%A0%80"},
                new String[] {"%00", "a%00"},
                new String[] {"control characters", "%01%1B%7F"},
                new String[] {"10,000 characters", "a".repeat(10_000)}));
        switch (p.type()) {
            case "integer" -> values.addAll(List.of(new String[] {"0", "0"}, new String[] {"-1", "-1"},
                    new String[] {"101", "101"}, new String[] {"1e309", "1e309"}, new String[] {"-0", "-0"},
                    new String[] {"2^31", "2147483648"}, new String[] {"400 digits", "9".repeat(400)},
                    new String[] {"1.5", "1.5"}, new String[] {"text", "abc"}, new String[] {"hex", "0x10"}));
            case "boolean" -> values.addAll(List.of(new String[] {"maybe", "maybe"}, new String[] {"2", "2"},
                    new String[] {"TRUE", "TRUE"}));
            case "uuid", "fresh-uuid" -> values.addAll(List.of(new String[] {"not a UUID", "not-a-uuid"},
                    new String[] {"unknown UUID", UUID.randomUUID().toString()}, new String[] {"nil UUID", "00000000-0000-0000-0000-000000000000"}));
            case "timestamp" -> values.addAll(List.of(new String[] {"year 99999", "99999-01-01T00:00:00Z"},
                    new String[] {"month 13", "2024-13-01T00:00:00Z"}, new String[] {"no zone", "2024-01-01T00:00:00"},
                    new String[] {"epoch number", "1700000000"}, new String[] {"year -5000", "-5000-01-01T00:00:00Z"}));
            case "json" -> values.addAll(List.of(new String[] {"malformed JSON", "%7B%22mbox%22%3A"},
                    new String[] {"JSON array", "%5B%5D"}, new String[] {"JSON null", "null"},
                    new String[] {"JSON with a lone surrogate", "%7B%22mbox%22%3A%22mailto%3Aa%5Cud800%40example.org%22%7D"},
                    new String[] {"JSON nested 5,000 deep", "%5B".repeat(5_000) + "%5D".repeat(5_000)},
                    new String[] {"JSON number 1e309", "1e309"},
                    new String[] {"agent with two identifiers", "%7B%22mbox%22%3A%22mailto%3Aa%40b.c%22%2C%22openid%22%3A%22http%3A%2F%2Fx%22%7D"},
                    new String[] {"agent whose mbox is not mailto", "%7B%22mbox%22%3A%22a%40b.c%22%7D"}));
            case "iri" -> values.addAll(List.of(new String[] {"relative IRI", "relative%2Fpath"},
                    new String[] {"IRI with a space", "http%3A%2F%2Fa%20b"}, new String[] {"javascript: IRI", "javascript%3Aalert(1)"}));
            case "cursor" -> values.addAll(List.of(new String[] {"garbage cursor", "garbage"},
                    new String[] {"base64 of junk", "AAAAAAAAAAAAAAAA"}, new String[] {"base64 of JSON", "eyJhIjoxfQ"},
                    new String[] {"cursor of 5,000 '/'", "%2F".repeat(5_000)}));
            default -> values.add(new String[] {"text", "x"});
        }
        String[] chosen = values.get(random.nextInt(values.size()));
        draft.setQuery(p.name(), chosen[1]);
        draft.label = "query " + p.name() + " = " + chosen[0];
        return true;
    }

    /** Parameters nobody declared, repeated, without a value, or with broken escapes in the name. */
    static void queryShape(RequestDraft draft, SplittableRandom random) {
        String declared = draft.target.query().isEmpty() ? "limit" : draft.target.query().get(random.nextInt(draft.target.query().size())).name();
        switch (random.nextInt(6)) {
            case 0 -> {
                draft.query.add("fuzz=1");
                draft.label = "unknown query parameter fuzz=1";
            }
            case 1 -> {
                draft.query.add(RequestDraft.encode(declared) + "=1");
                draft.query.add(RequestDraft.encode(declared) + "=2");
                draft.label = "query " + declared + " given twice";
            }
            case 2 -> {
                draft.setQuery(declared, null);
                draft.label = "query " + declared + " without '='";
            }
            case 3 -> {
                draft.query.add("%FF=1");
                draft.label = "query parameter name invalid UTF-8 %FF";
            }
            case 4 -> {
                draft.query.add("a%00b=1");
                draft.label = "query parameter name with %00";
            }
            default -> {
                draft.query.add(declared + "%5B%5D=1");
                draft.label = "query " + declared + "[]=1";
            }
        }
    }

    static void contentType(RequestDraft draft, SplittableRandom random) {
        String[][] choices = {
                {"no Content-Type", null},
                {"Content-Type */*", "*/*"},
                {"Content-Type application/*", "application/*"},
                {"Content-Type text/*", "text/*"},
                {"Content-Type text/plain", "text/plain"},
                {"Content-Type application/xml", "application/xml"},
                {"Content-Type with charset=bogus", base(draft) + "; charset=bogus"},
                {"Content-Type with charset=UTF-16 (body is UTF-8)", base(draft) + "; charset=UTF-16"},
                {"Content-Type multipart/form-data without boundary", "multipart/form-data"},
                {"Content-Type multipart/mixed with an empty boundary", "multipart/mixed; boundary="},
                {"Content-Type application/x-www-form-urlencoded", "application/x-www-form-urlencoded"},
                {"Content-Type that is a list", base(draft) + ", text/plain"},
                {"Content-Type garbage ;;;", ";;;"},
                {"Content-Type with a control character", base(draft) + "\u0001"},
                {"Content-Type of 5,000 characters", "application/" + "x".repeat(5_000)},
        };
        String[] chosen = choices[random.nextInt(choices.length)];
        if (chosen[1] == null) {
            draft.headers.remove("Content-Type");
        } else {
            draft.headers.put("Content-Type", chosen[1]);
        }
        draft.label = chosen[0];
    }

    private static String base(RequestDraft draft) {
        String type = draft.target.contentType();
        return type == null ? "application/json" : type.split(";")[0];
    }

    static void accept(RequestDraft draft, SplittableRandom random) {
        String[] values = {"application/xml", "text/html", "*/*;q=abc", "image/png", "application/json;q=0", "\u0001"};
        String value = values[random.nextInt(values.length)];
        draft.headers.put("Accept", value);
        draft.label = "Accept " + value.replace("\u0001", "\\u0001");
    }

    static void xapiVersion(RequestDraft draft, SplittableRandom random) {
        String[] values = {null, "9.9.9", "1.0", "1.0.3, 2.0.0", "garbage", "1.0.99", "2.0.0", ""};
        String value = values[random.nextInt(values.length)];
        if (value == null) {
            draft.headers.remove("X-Experience-API-Version");
            draft.label = "no X-Experience-API-Version";
        } else {
            draft.headers.put("X-Experience-API-Version", value);
            draft.label = "X-Experience-API-Version '" + value + "'";
        }
    }

    static void emptyBody(RequestDraft draft) {
        draft.body = FuzzBody.NONE;
        draft.label = "empty body";
    }

    /** A body of exactly the limit, or one byte over it (once per target: these are megabytes). */
    static boolean atLimit(RequestDraft draft, boolean over) {
        long limit = draft.target.bodyLimit();
        if (limit <= 0) {
            return false;
        }
        long size = over ? limit + 1 : limit;
        if (draft.target.body() == FuzzTarget.BodyKind.JSON) {
            draft.body = FuzzBody.builder().text("{\"a\":\"").run('a', size - 8).text("\"}").build();
        } else {
            draft.body = FuzzBody.builder().run('a', size).build();
        }
        draft.label = "body of " + size + " bytes (" + (over ? "one byte over" : "exactly") + " the documented limit)";
        return true;
    }
}
