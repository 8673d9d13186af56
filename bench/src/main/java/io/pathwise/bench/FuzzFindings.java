package io.pathwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pass found, grouped: the same kind of failure of the same operation with the same
 * signature (status, log message, read path; ids and numbers blurred) is one finding with a count,
 * shown with the reproduction of its first occurrence. A reproduction whose body is too large to
 * type (a zip) refers to {@code $FUZZ_BODY}, a file saved in {@code bodies}.
 */
final class FuzzFindings {

    enum Kind {
        SERVER_ERROR("5xx answer"),
        LOG_ERROR("ERROR in the server log"),
        STORE_THEN_BREAK("accepted, then a read failed"),
        NO_ANSWER("no answer in time"),
        SERVER_DIED("server process exited");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** One finding: its first occurrence and how often it came back. */
    static final class Finding {
        final Kind kind;
        final String operation;
        final String what;
        final String reproduction;
        int count = 1;

        Finding(Kind kind, String operation, String what, String reproduction) {
            this.kind = kind;
            this.operation = operation;
            this.what = what;
            this.reproduction = reproduction;
        }
    }

    private final Map<String, Finding> byKey = new LinkedHashMap<>();
    private final Path bodies;

    FuzzFindings(Path bodies) {
        this.bodies = bodies;
    }

    /**
     * Records a finding; {@code signature} decides which findings are the same. {@code requests}
     * are the requests to replay in order (a write and the read it broke).
     */
    void add(Kind kind, String operation, String signature, String what, FuzzReproduction reproduction,
            FuzzRequest... requests) throws IOException {
        String key = kind + "|" + operation + "|" + blur(signature);
        Finding existing = byKey.get(key);
        if (existing != null) {
            existing.count++;
            return;
        }
        List<String> commands = new ArrayList<>();
        for (FuzzRequest request : requests) {
            String curl = reproduction.curl(request);
            if (request.body().needsFile()) {
                Files.createDirectories(bodies);
                Path file = bodies.resolve("finding-" + (byKey.size() + 1) + ".body");
                Files.write(file, request.body().bytes());
                curl = "FUZZ_BODY=" + file + " " + curl;
            }
            commands.add(curl);
        }
        byKey.put(key, new Finding(kind, operation, printable(what), String.join("; ", commands)));
    }

    List<Finding> all() {
        return List.copyOf(byKey.values());
    }

    int occurrences() {
        return byKey.values().stream().mapToInt(f -> f.count).sum();
    }

    Map<String, Integer> perOperation() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byKey.values().forEach(f -> counts.merge(f.operation, f.count, Integer::sum));
        return counts;
    }

    boolean savedBodies() {
        return Files.isDirectory(bodies);
    }

    /** Control characters (a NUL the server decoded and logged) as {@code \\uXXXX}, so the results stay text. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** Ids, numbers and quoted values vary between occurrences of one failure; they do not make it another. */
    private static String blur(String signature) {
        return signature.replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "<id>")
                .replaceAll("\\d+", "<n>").replaceAll("'[^']*'", "'…'").replaceAll("\\[[^\\]]*\\]", "[…]").replaceAll("\"[^\"]*\"", "\"…\"");
    }
}
