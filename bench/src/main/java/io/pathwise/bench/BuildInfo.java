package io.pathwise.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Which build was measured. A jar that carries its build identity ({@link JarBuildIdentity}) is
 * named by it: the commit it was built from, whether that checkout had uncommitted or untracked files, and its
 * build time, so a copy benchmarked with {@code --jar=} names its own build. Then, labelled as the
 * checkout's, the repository's branch and commit and whether {@code server/} has uncommitted or
 * untracked changes: for an older jar, which carries no build identity, that is all there is (and
 * it describes the jar only if the jar was built from this checkout as it is). Always the jar's
 * SHA-256. A figure is only comparable with another if both were taken from a known build.
 */
final class BuildInfo {

    private static final DateTimeFormatter MINUTE_UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private BuildInfo() {
    }

    static String describe(Path root, Path jar) {
        Optional<JarBuildIdentity> identity = JarBuildIdentity.read(jar);
        if (identity.isEmpty()) {
            // An older jar: the line it always had, and a warning that its commit is the checkout's.
            return "Build: " + checkout(root) + "; jar " + jar + " built " + modified(jar) + ", sha256 "
                    + sha256(jar).substring(0, 16) + "; jar carries no build info (the commit above is the"
                    + " checkout's, not necessarily the jar's)";
        }
        JarBuildIdentity built = identity.get();
        return "Build: jar " + jar + " built " + built.builtAt().map(MINUTE_UTC::format).orElseGet(() -> modified(jar))
                + " from commit " + built.commit() + " (branch " + built.branch() + ", "
                + (built.dirty() ? "dirty: built with uncommitted or untracked files" : "clean") + "), sha256 "
                + sha256(jar).substring(0, 16) + "; checkout: " + checkout(root);
    }

    /** The repository as it is now, which is not necessarily what the jar was built from. */
    private static String checkout(Path root) {
        String branch = CommandOutput.first(root, List.of("git", "rev-parse", "--abbrev-ref", "HEAD"));
        String commit = CommandOutput.first(root, List.of("git", "log", "-1", "--format=%h %cI %s"));
        String serverCommit = CommandOutput.first(root, List.of("git", "log", "-1", "--format=%h", "--", "server"));
        List<String> changed = CommandOutput.lines(root, List.of("git", "status", "--porcelain", "--", "server"));
        String tree = changed.isEmpty() ? "server/ clean"
                : "server/ NOT clean (" + changed.size() + " uncommitted or untracked: "
                        + String.join(", ", changed.subList(0, Math.min(6, changed.size())))
                        + (changed.size() > 6 ? ", ..." : "") + ")";
        return "branch " + branch + ", commit " + commit + " (last commit touching server/: " + serverCommit
                + "); " + tree;
    }

    private static String modified(Path jar) {
        try {
            return MINUTE_UTC.format(Files.getLastModifiedTime(jar).toInstant());
        } catch (IOException e) {
            return "at an unknown time";
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown-----------";
        }
    }
}
