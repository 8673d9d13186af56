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
 * Which engine sources an in-process benchmark measured: the repository's branch and commit, the
 * last commit touching them, and whether they had uncommitted changes (then the figure belongs to
 * no commit). The in-process counterpart of {@link BuildInfo}, which describes a server jar.
 */
final class EngineSources {

    private EngineSources() {
    }

    /** @param paths the source folders compiled into the benchmark, relative to the root */
    static String describe(Path root, List<String> paths) {
        String branch = first(root, "git", "rev-parse", "--abbrev-ref", "HEAD");
        String commit = first(root, "git", "log", "-1", "--format=%h %cI %s");
        List<String> logCommand = new ArrayList<>(List.of("git", "log", "-1", "--format=%h", "--"));
        logCommand.addAll(paths);
        List<String> statusCommand = new ArrayList<>(List.of("git", "status", "--porcelain", "--"));
        statusCommand.addAll(paths);
        List<String> changed = lines(root, statusCommand);
        return "Build: branch " + branch + ", commit " + commit + " (last commit touching the engine: "
                + first(root, logCommand) + "); engine sources "
                + (changed.isEmpty() ? "clean" : "NOT clean (" + String.join(", ", changed) + ")");
    }

    private static String first(Path dir, String... command) {
        return first(dir, List.of(command));
    }

    private static String first(Path dir, List<String> command) {
        List<String> out = lines(dir, command);
        return out.isEmpty() ? "unknown" : out.get(0);
    }

    private static List<String> lines(Path dir, List<String> command) {
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
