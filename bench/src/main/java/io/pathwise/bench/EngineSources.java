package io.pathwise.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        String branch = CommandOutput.first(root, List.of("git", "rev-parse", "--abbrev-ref", "HEAD"));
        String commit = CommandOutput.first(root, List.of("git", "log", "-1", "--format=%h %cI %s"));
        List<String> logCommand = new ArrayList<>(List.of("git", "log", "-1", "--format=%h", "--"));
        logCommand.addAll(paths);
        List<String> statusCommand = new ArrayList<>(List.of("git", "status", "--porcelain", "--"));
        statusCommand.addAll(paths);
        List<String> changed = CommandOutput.lines(root, statusCommand);
        return "Build: branch " + branch + ", commit " + commit + " (last commit touching the engine: "
                + CommandOutput.first(root, logCommand) + "); engine sources "
                + (changed.isEmpty() ? "clean" : "NOT clean (" + String.join(", ", changed) + ")");
    }
}
