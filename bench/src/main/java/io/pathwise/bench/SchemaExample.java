package io.pathwise.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that fits an OpenAPI schema, for operations with no hand-written baseline body:
 * every property present, strings "fuzz", numbers 1, booleans true, enums their first value,
 * arrays of one element. {@code $ref}s into components are followed, cycles cut at depth 6.
 */
final class SchemaExample {

    private SchemaExample() {
    }

    static Object of(Object schema, Map<String, Object> components) {
        return example(schema, components, 0);
    }

    private static Object example(Object node, Map<String, Object> components, int depth) {
        if (!(node instanceof Map<?, ?>) || depth > 6) {
            return "fuzz";
        }
        Map<String, Object> schema = JsonTree.object(node, "schema");
        if (schema.get("$ref") instanceof String ref) {
            return example(components.get(ref.substring(ref.lastIndexOf('/') + 1)), components, depth + 1);
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String type = String.valueOf(schema.getOrDefault("type", "object"));
        return switch (type) {
            case "integer", "number" -> 1.0;
            case "boolean" -> Boolean.TRUE;
            case "array" -> List.of(example(schema.get("items"), components, depth + 1));
            case "object" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                if (schema.get("properties") instanceof Map<?, ?> properties) {
                    JsonTree.object(properties, "properties").forEach((name, p) -> out.put(name, example(p, components, depth + 1)));
                }
                yield out;
            }
            default -> "fuzz";
        };
    }
}
