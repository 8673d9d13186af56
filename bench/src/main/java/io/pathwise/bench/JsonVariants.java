package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Variants of a JSON body: one field (chosen at random, at any depth) given a value of the wrong
 * type, hostile text, an edge-case number, null or a deep nesting, removed, or joined by an extra
 * field; or the whole document replaced, truncated, nested, re-encoded or made huge.
 */
final class JsonVariants {

    private JsonVariants() {
    }

    /** Where a value sits: its container and its key (a String for objects, an Integer for arrays). */
    private record Slot(Object container, Object key, String path) {
    }

    enum FieldChange { WRONG_TYPE, TEXT, NUMBER, NULL, STRUCTURE, MISSING, EXTRA, HUGE }

    /** Changes one field of the baseline; false when the document has no field of that kind to change. */
    static boolean changeField(RequestDraft draft, FieldChange change, SplittableRandom random) {
        Object tree;
        try {
            tree = JsonTree.parse(new String(draft.target.validBody(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notJson) {
            return false;
        }
        tree = copy(tree);
        List<Slot> slots = new ArrayList<>();
        collect(tree, "", slots);
        if (change == FieldChange.EXTRA) {
            List<Map<String, Object>> objects = new ArrayList<>();
            objectsIn(tree, objects);
            if (objects.isEmpty()) {
                return false;
            }
            HostileValues.Hostile extra = HostileValues.any(null, random);
            objects.get(random.nextInt(objects.size())).put("fuzzExtra", extra.value());
            draft.body = FuzzJson.write(tree);
            draft.label = "extra field fuzzExtra = " + extra.label();
            return true;
        }
        if (slots.isEmpty()) {
            return false;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        Object valid = get(slot);
        HostileValues.Hostile hostile = switch (change) {
            case WRONG_TYPE -> HostileValues.wrongType(valid, random);
            case TEXT -> HostileValues.text(random);
            case NUMBER -> HostileValues.number(random);
            case NULL -> new HostileValues.Hostile("null", null);
            case STRUCTURE -> HostileValues.structure(random);
            case HUGE -> huge(draft, random);
            default -> null;
        };
        if (change == FieldChange.MISSING) {
            if (!(slot.container() instanceof Map<?, ?> map)) {
                return false;
            }
            map.remove(slot.key());
            draft.label = "field " + slot.path() + " missing";
        } else {
            set(slot, hostile.value());
            draft.label = "field " + slot.path() + " = " + hostile.label();
        }
        draft.body = FuzzJson.write(tree);
        return true;
    }

    /** A string long enough to put the body just under or just over its documented limit. */
    private static HostileValues.Hostile huge(RequestDraft draft, SplittableRandom random) {
        long limit = draft.target.bodyLimit() > 0 ? draft.target.bodyLimit() : 1_048_576;
        boolean over = random.nextBoolean();
        long length = Math.max(1, limit - draft.target.validBody().length + (over ? 64 : -64));
        return new HostileValues.Hostile("string of " + length + " characters (body just " + (over ? "over" : "under")
                + " the " + limit + "-byte limit)", FuzzJson.Raw.longString('a', length));
    }

    /** The whole document replaced by something else. */
    static void replaceWhole(RequestDraft draft, SplittableRandom random) {
        byte[] valid = draft.target.validBody();
        String text = new String(valid, StandardCharsets.UTF_8);
        int cut = valid.length < 2 ? 0 : 1 + random.nextInt(valid.length - 1);
        List<Object[]> choices = List.of(
                new Object[] {"document is null", FuzzBody.of("null")},
                new Object[] {"document is an array of the valid document", FuzzBody.of("[" + text + "]")},
                new Object[] {"document is a string", FuzzBody.of("\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")},
                new Object[] {"document is 1e309", FuzzBody.of("1e309")},
                new Object[] {"document truncated after " + cut + " bytes", FuzzBody.of(java.util.Arrays.copyOf(valid, cut))},
                new Object[] {"document followed by garbage", FuzzBody.of(text + "}]x")},
                new Object[] {"two documents", FuzzBody.of(text + text)},
                new Object[] {"byte order mark before the document", FuzzBody.builder().bytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}).text(text).build()},
                new Object[] {"document in UTF-16", FuzzBody.of(text.getBytes(StandardCharsets.UTF_16))},
                new Object[] {"comment inside the document", FuzzBody.of(text.startsWith("{") ? "{/* c */" + text.substring(1) : "/* c */" + text)},
                new Object[] {"single-quoted document", FuzzBody.of(text.replace('"', '\''))},
                new Object[] {"duplicate keys", FuzzBody.of(duplicateKeys(text))},
                new Object[] {"arrays nested 100,000 deep", FuzzBody.builder().run('[', 100_000).run(']', 100_000).build()},
                new Object[] {"objects nested 5,000 deep", FuzzBody.of("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000))},
                new Object[] {"arrays opened 100,000 deep, never closed", FuzzBody.builder().run('[', 100_000).build()},
                new Object[] {"only whitespace", FuzzBody.of("  \n\t ")},
                new Object[] {"NUL bytes", FuzzBody.of(new byte[] {0, 0, 0, 0})});
        Object[] chosen = choices.get(random.nextInt(choices.size()));
        draft.label = (String) chosen[0];
        draft.body = (FuzzBody) chosen[1];
    }

    private static String duplicateKeys(String text) {
        if (!text.startsWith("{") || text.length() < 3) {
            return text;
        }
        int colon = text.indexOf(':');
        String firstKey = colon > 0 ? text.substring(1, colon) : "\"a\"";
        return "{" + firstKey + ":{\"dup\":[1e309]}," + text.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object value, String path, List<Slot> slots) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                slots.add(new Slot(map, e.getKey(), at));
                collect(e.getValue(), at, slots);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String at = path + "[" + i + "]";
                slots.add(new Slot(list, i, at));
                collect(list.get(i), at, slots);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void objectsIn(Object value, List<Map<String, Object>> out) {
        if (value instanceof Map<?, ?> map) {
            out.add((Map<String, Object>) map);
            map.values().forEach(v -> objectsIn(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> objectsIn(v, out));
        }
    }

    private static Object get(Slot slot) {
        return slot.container() instanceof Map<?, ?> map ? map.get(slot.key()) : ((List<?>) slot.container()).get((Integer) slot.key());
    }

    @SuppressWarnings("unchecked")
    private static void set(Slot slot, Object value) {
        if (slot.container() instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put((String) slot.key(), value);
        } else {
            ((List<Object>) slot.container()).set((Integer) slot.key(), value);
        }
    }
}
