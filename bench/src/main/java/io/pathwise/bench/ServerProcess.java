package io.pathwise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Pathwise server running as a child process. A separate JVM is the point: start-up is
 * measured from a cold JVM, and under load the client never shares a heap or GC with the server.
 * Output goes to a log file, both to read the JVM's own start-up figure and to show why a start
 * failed.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started PathwiseApplication in ([0-9.]+) seconds");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    /** Servers still running, killed if the benchmark itself is interrupted (Ctrl-C). */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    /**
     * Built before the child starts so that loading the HTTP client classes in this JVM is not
     * counted as server start-up time.
     */
    private static final HttpClient PROBE = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private final ServerCommand command;
    private final Path logFile;
    private final Process process;
    private final long startedNanos;

    private ServerProcess(ServerCommand command, Path logFile, Process process, long startedNanos) {
        this.command = command;
        this.logFile = logFile;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    static ServerProcess start(ServerCommand command, Path logFile) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command.arguments())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        long startedNanos = System.nanoTime();
        Process process = builder.start();
        RUNNING.add(process);
        return new ServerProcess(command, logFile, process, startedNanos);
    }

    String baseUrl() {
        return command.baseUrl();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Polls the readiness probe until it answers 200 and returns the time since the process was
     * started. Readiness, not liveness or an open port: it only turns 200 once the application
     * (including demo data on a fresh data dir) is ready to take traffic.
     */
    Duration awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        long deadline = startedNanos + timeout.toNanos();
        while (true) {
            try {
                HttpResponse<Void> response = PROBE.send(readiness, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notListeningYet) {
                // expected until Tomcat has bound the port
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with status " + process.exitValue()
                        + " before it was ready; log " + logFile + " ends with:\n" + logTail(40));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("server not ready after " + timeout.toSeconds() + " s; log "
                        + logFile + " ends with:\n" + logTail(40));
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /**
     * The "Started PathwiseApplication in X seconds" figure Spring Boot logs: time inside the JVM,
     * without JVM boot and without the gap to readiness, so comparing it with wall time shows
     * where start-up goes. Waits briefly because the line may still be on its way to the file.
     */
    OptionalDouble reportedStartupSeconds() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            Matcher matcher = STARTED.matcher(Files.readString(logFile, StandardCharsets.UTF_8));
            if (matcher.find()) {
                return OptionalDouble.of(Double.parseDouble(matcher.group(1)));
            }
            Thread.sleep(100);
        }
        return OptionalDouble.empty();
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /**
     * SIGTERM first so Spring's graceful shutdown closes the embedded database cleanly (the next
     * run reuses the data dir); force only if that hangs.
     */
    @Override
    public void close() throws InterruptedException {
        try {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                System.err.println("server on port " + command.port() + " ignored SIGTERM for 30 s; killing it");
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } finally {
            RUNNING.remove(process);
        }
    }
}
