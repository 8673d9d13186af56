package io.pathwise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a short command (git, mostly) prints, for describing a benchmark's build. A command that
 * cannot run gives "unknown" rather than failing the benchmark: the figures still stand, only their
 * provenance is less precise.
 */
final class CommandOutput {

    private CommandOutput() {
    }

    /** The first non-blank line, or "unknown". */
    static String first(Path dir, List<String> command) {
        List<String> out = lines(dir, command);
        return out.isEmpty() ? "unknown" : out.get(0);
    }

    /** The non-blank lines, trimmed. */
    static List<String> lines(Path dir, List<String> command) {
        List<String> out = new ArrayList<>();
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        out.add(line.trim());
                    }
                }
            }
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            out.add("unknown (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }
}
