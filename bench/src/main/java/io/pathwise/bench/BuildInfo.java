package io.pathwise.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * Which build was measured: the repository's branch and commit, whether {@code server/} had
 * uncommitted or untracked changes (then the jar is not what the commit says), and the jar's
 * modification time and SHA-256. A figure is only comparable with another if both were taken
 * from a known build.
 */
final class BuildInfo {

    private BuildInfo() {
    }

    static String describe(Path root, Path jar) {
        String branch = CommandOutput.first(root, List.of("git", "rev-parse", "--abbrev-ref", "HEAD"));
        String commit = CommandOutput.first(root, List.of("git", "log", "-1", "--format=%h %cI %s"));
        String serverCommit = CommandOutput.first(root, List.of("git", "log", "-1", "--format=%h", "--", "server"));
        List<String> changed = CommandOutput.lines(root, List.of("git", "status", "--porcelain", "--", "server"));
        String tree = changed.isEmpty() ? "server/ clean"
                : "server/ NOT clean (" + changed.size() + " uncommitted or untracked: "
                        + String.join(", ", changed.subList(0, Math.min(6, changed.size())))
                        + (changed.size() > 6 ? ", ..." : "") + ")";
        return "Build: branch " + branch + ", commit " + commit + " (last commit touching server/: " + serverCommit
                + "); " + tree + "; jar " + jar + " built "
                + jarTime(jar) + ", sha256 " + sha256(jar).substring(0, 16);
    }

    private static String jarTime(Path jar) {
        try {
            Instant modified = Files.getLastModifiedTime(jar).toInstant();
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(modified);
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
