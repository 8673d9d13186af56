package io.pathwise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's own time for each request, from a Tomcat access log the server is asked to write
 * as {@code <microseconds>|<path>}: from Tomcat starting on the request to the response written,
 * so without the client's and the network's share that a client-side timer includes. Buffered, so
 * that the log costs the server next to nothing while it is measured; {@link #last} waits for the
 * buffer's periodic flush.
 */
final class ServerRequestTimes {

    private static final String FILE = "access_log.log";
    private static final long FLUSH_WAIT_MILLIS = 30_000;

    private final Path directory;

    ServerRequestTimes(Path directory) {
        this.directory = directory;
    }

    /** Spring Boot arguments that make the server write the log into {@link #directory}. */
    List<String> serverArguments() {
        return List.of("--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=" + directory.toAbsolutePath(),
                "--server.tomcat.accesslog.prefix=access_log", "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.rotate=false", "--server.tomcat.accesslog.buffered=true",
                "--server.tomcat.accesslog.pattern=%{us}T|%U");
    }

    /**
     * The times of the last {@code runs} × {@code perRun} requests whose path ends with
     * {@code pathSuffix}, one histogram per run in order, once the log holds {@code expected} such
     * requests in all (waiting up to 30 s for the flush).
     */
    List<LatencyHistogram> last(String pathSuffix, int expected, int runs, int perRun) throws IOException,
            InterruptedException {
        long deadline = System.currentTimeMillis() + FLUSH_WAIT_MILLIS;
        List<Long> micros = read(pathSuffix);
        while (micros.size() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            micros = read(pathSuffix);
        }
        if (micros.size() < expected) {
            throw new IllegalStateException("the server's access log holds " + micros.size() + " requests to *"
                    + pathSuffix + ", expected " + expected);
        }
        List<Long> measured = micros.subList(micros.size() - runs * perRun, micros.size());
        List<LatencyHistogram> byRun = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            LatencyHistogram run = new LatencyHistogram();
            measured.subList(r * perRun, (r + 1) * perRun).forEach(us -> run.record(us * 1000));
            byRun.add(run);
        }
        return byRun;
    }

    private List<Long> read(String pathSuffix) throws IOException {
        Path file = directory.resolve(FILE);
        List<Long> micros = new ArrayList<>();
        if (!Files.exists(file)) {
            return micros;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int bar = line.indexOf('|');
            if (bar > 0 && line.endsWith(pathSuffix)) {
                micros.add(Long.parseLong(line.substring(0, bar).trim()));
            }
        }
        return micros;
    }
}
