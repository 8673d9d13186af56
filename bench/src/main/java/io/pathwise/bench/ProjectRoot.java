package io.pathwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository root, so default paths (server/target/pathwise.jar, bench/results) work whether
 * the benchmark is started from the root, from bench/, or by Maven with -pl bench.
 */
final class ProjectRoot {

    private ProjectRoot() {
    }

    static Path find() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bench/pom.xml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from inside the Pathwise repository; no bench/pom.xml above " + start);
    }
}
