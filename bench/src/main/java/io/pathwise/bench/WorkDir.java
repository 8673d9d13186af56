package io.pathwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for one benchmark invocation: the server's data dir and its logs. Deleted
 * after a successful run; kept after a failure so the server logs can be read.
 */
final class WorkDir {

    private final Path path;

    WorkDir(String prefix) throws IOException {
        this.path = Files.createTempDirectory(prefix);
    }

    Path path() {
        return path;
    }

    /** A new, empty subdirectory: a fresh data dir, as on a first install. */
    Path freshDir(String name) throws IOException {
        return Files.createDirectory(path.resolve(name));
    }

    Path file(String name) {
        return path.resolve(name);
    }

    void delete() throws IOException {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
