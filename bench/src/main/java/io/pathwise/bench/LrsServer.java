package io.pathwise.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The packaged server started for an LRS benchmark: on a given data dir and database, ready, with
 * an xAPI credential. Stopped with SIGTERM on close, so H2 is closed cleanly and its file can be
 * opened by the benchmark's own JDBC afterwards.
 */
final class LrsServer implements AutoCloseable {

    private final ServerProcess process;
    private final ServerCommand command;
    private final XapiHttp.Credential credential;

    private LrsServer(ServerProcess process, ServerCommand command, XapiHttp.Credential credential) {
        this.process = process;
        this.command = command;
        this.credential = credential;
    }

    static LrsServer start(ServerCommand base, BenchDatabase database, Path dataDir, Path log, Duration timeout)
            throws IOException, InterruptedException {
        ServerCommand command = base.on(FreePort.pick(), dataDir).withArguments(database.serverArguments());
        ServerProcess process = startReady(command, database, log, timeout);
        try {
            XapiHttp.Credential credential = XapiCredentials.obtain(process.baseUrl());
            System.out.printf("xAPI credential %s%n", credential.key());
            return new LrsServer(process, command, credential);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("server log " + log + " ends with:\n" + process.logTail(40));
            process.close();
            throw e;
        }
    }

    /**
     * The server on the database, started and ready (no credential): for benchmarks that set up
     * their own organization. Stopped (and its log tail printed) if it does not get ready.
     */
    static ServerProcess startReady(ServerCommand command, BenchDatabase database, Path log, Duration timeout)
            throws IOException, InterruptedException {
        System.out.printf("Starting %s%n", command.display());
        ServerProcess process = ServerProcess.start(command, log);
        try {
            Duration ready = process.awaitReady(timeout);
            System.out.printf("Ready after %.1f s on %s (server log: %s)%n", ready.toNanos() / 1e9, database.label(), log);
            return process;
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("server log " + log + " ends with:\n" + process.logTail(40));
            process.close();
            throw e;
        }
    }

    String baseUrl() {
        return process.baseUrl();
    }

    ProcessHandle handle() {
        return process.handle();
    }

    XapiHttp.Credential credential() {
        return credential;
    }

    String commandLine() {
        return command.display();
    }

    String logTail(int lines) {
        return process.logTail(lines);
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
