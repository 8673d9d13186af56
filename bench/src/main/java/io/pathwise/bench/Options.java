package io.pathwise.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --name=value} command-line options. Unknown names are rejected rather than ignored: a
 * mistyped option silently falling back to its default would produce plausible but wrong figures.
 */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();

    Options(String[] args, Set<String> known) {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected --name=value, got: " + arg);
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            String value = eq < 0 ? "true" : arg.substring(eq + 1);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + new TreeSet<>(known));
            }
            values.put(name, value);
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    String string(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    int positiveInt(String name, int fallback) {
        int value = optional(name).map(Integer::parseInt).orElse(fallback);
        if (value < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1, got " + value);
        }
        return value;
    }
}
