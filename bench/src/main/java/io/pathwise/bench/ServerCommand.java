package io.pathwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How to launch the packaged server: {@code java [jvm options] -jar pathwise.jar --server.port=...
 * --pathwise.data-dir=...}. Exactly what an operator runs, so the benchmark measures the real jar
 * and not an IDE classpath.
 */
record ServerCommand(Path java, Path jar, List<String> jvmOptions, int port, Path dataDir, List<String> appArguments) {

    static final String DEFAULT_JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java";
    static final String DEFAULT_JAR = "server/target/pathwise.jar";

    /**
     * Reads --java, --jar and --jvm-opts (space separated), checking the files exist before anything
     * is started. Port and data dir are set per run with {@link #on}.
     */
    static ServerCommand from(Options options, Path root) {
        Path java = Path.of(options.string("java", DEFAULT_JAVA));
        Path jar = root.resolve(options.string("jar", DEFAULT_JAR)).normalize();
        if (!Files.isExecutable(java)) {
            throw new IllegalArgumentException("no java binary at " + java + " (set --java=...)");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no server jar at " + jar
                    + "; build it first: ./mvnw -q -pl server -am package -DskipTests");
        }
        String jvm = options.string("jvm-opts", "").trim();
        List<String> jvmOptions = jvm.isEmpty() ? List.of() : Arrays.asList(jvm.split("\\s+"));
        return new ServerCommand(java, jar, List.copyOf(jvmOptions), 0, null, List.of());
    }

    ServerCommand on(int newPort, Path newDataDir) {
        return new ServerCommand(java, jar, jvmOptions, newPort, newDataDir, appArguments);
    }

    /** The same command with application arguments after the port and data dir, e.g. a profile. */
    ServerCommand withArguments(List<String> arguments) {
        return new ServerCommand(java, jar, jvmOptions, port, dataDir, List.copyOf(arguments));
    }

    List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add(java.toString());
        args.addAll(jvmOptions);
        args.add("-jar");
        args.add(jar.toString());
        args.add("--server.port=" + port);
        args.add("--pathwise.data-dir=" + dataDir);
        args.addAll(appArguments);
        return args;
    }

    /** The command line as recorded in results: a non-empty password argument is masked. */
    String display() {
        return String.join(" ", arguments().stream()
                .map(a -> a.matches("--[\\w.-]*password=.+") ? a.substring(0, a.indexOf('=') + 1) + "***" : a)
                .toList());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
