package io.pathwise.bench.jmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * bench/results/&lt;name&gt;.md, one section appended per run (as the bench module's results
 * files), each starting with where the figures come from: machine, JDK, build and command. A
 * micro-benchmark figure without these cannot be compared later.
 */
final class MarkdownResults {

    private MarkdownResults() {
    }

    /** The repository root: the first directory upwards holding bench-jmh/pom.xml. */
    static Path root() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bench-jmh/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from inside the Pathwise repository; no bench-jmh/pom.xml above " + start);
    }

    static Path append(Path root, String name, String title, String body) throws IOException {
        Path file = root.resolve("bench/results").resolve(name + ".md");
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, "# " + title + "\n\nOne section per run, newest last. See bench/README.md.\n",
                    StandardCharsets.UTF_8);
        }
        String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        Files.writeString(file, "\n## " + when + "\n\n" + body, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return file;
    }

    /** Machine, JDK, build and command, as Markdown bullets. */
    static String environment(Path root, String command) {
        List<String> lines = new ArrayList<>();
        lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores (availableProcessors), "
                + cpuModel() + ", kernel " + first(root, "uname", "-r"));
        lines.add("JDK: " + System.getProperty("java.vendor") + " " + Runtime.version() + " ("
                + System.getProperty("java.home") + "), the same for JMH's forks");
        List<String> changed = lines(root, "git", "status", "--porcelain", "--", "server/src/main/java/io/pathwise/mastery",
                "bench-jmh");
        lines.add("Build: branch " + first(root, "git", "rev-parse", "--abbrev-ref", "HEAD") + ", commit "
                + first(root, "git", "log", "-1", "--format=%h %cI %s") + "; "
                + (changed.isEmpty() ? "benchmarked sources clean" : "benchmarked sources NOT clean: " + changed));
        lines.add("Command: `" + command + "`");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("CPU model unknown");
        } catch (IOException | RuntimeException e) {
            return "CPU model unknown";
        }
    }

    private static String first(Path dir, String... command) {
        List<String> out = lines(dir, command);
        return out.isEmpty() ? "unknown" : out.get(0);
    }

    private static List<String> lines(Path dir, String... command) {
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
