package io.pathwise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Where a figure was measured. Benchmark numbers without the machine and JDK next to them cannot
 * be compared later, so every results section starts with these lines.
 */
final class Environment {

    private Environment() {
    }

    /** Markdown bullet lines: machine, server JDK, client JDK, command lines. */
    static List<String> describe(String serverJdk, String serverCommand, String benchmark, String[] args) {
        List<String> lines = new ArrayList<>();
        lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores (availableProcessors), "
                + totalMemory() + " RAM, kernel " + firstLineOf("uname", "-r") + ", " + cpuModel());
        lines.add("Server JDK: " + serverJdk);
        lines.add("Client JDK: " + System.getProperty("java.vendor") + " " + Runtime.version()
                + " (" + System.getProperty("java.home") + ")");
        lines.add("Benchmark: `" + benchmark + quoted(args) + "`");
        ProcessHandle.current().info().commandLine()
                .ifPresent(cmd -> lines.add("Client command line: `" + cmd + "`"));
        lines.add("Server command line: `" + serverCommand + "`");
        return lines;
    }

    /** Arguments as a shell would need them, so the recorded command can be pasted back. */
    private static String quoted(String[] args) {
        StringBuilder out = new StringBuilder();
        for (String arg : args) {
            out.append(' ').append(arg.matches("[\\w@%+=:,./-]*") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return out.toString();
    }

    /** First line of {@code java -version}, e.g. {@code openjdk version "25.0.1" 2025-10-21 LTS}. */
    static String javaVersion(Path java) {
        return firstLineOf(java.toString(), "-version");
    }

    private static String totalMemory() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return String.format(Locale.ROOT, "%.1f GiB", sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return "unknown";
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

    /** Runs a short command and returns its first output line (java -version writes to stderr). */
    private static String firstLineOf(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String first = out.readLine();
                while (out.readLine() != null) {
                    // drain, so the process can exit
                }
                process.waitFor(30, TimeUnit.SECONDS);
                return first == null ? "unknown" : first.trim();
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown (interrupted)";
        }
    }
}
