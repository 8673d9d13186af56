package io.pathwise.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Build line names the build the jar itself records, not the checkout's, so that a copy of an
 * old jar benchmarked with --jar= is not reported as the current commit.
 */
class BuildInfoTest {

    private static final String BUILD_TIME = "build.time=2026-12-01T10\\:15\\:30.123Z\n";

    /** Not a git checkout: the line's checkout part says nothing true of the jar, and is not checked. */
    @TempDir
    Path root;

    @Test
    void namesTheCommitTheJarWasBuiltFromAndThatItsCheckoutWasDirty() throws Exception {
        Path jar = jar("dirty.jar", Map.of(
                JarBuildIdentity.GIT_PROPERTIES, gitProperties("feature-x", "true"),
                JarBuildIdentity.BUILD_INFO_PROPERTIES, BUILD_TIME));

        String line = BuildInfo.describe(root, jar);

        assertTrue(line.startsWith("Build: jar " + jar + " built 2026-12-01 10:15 UTC from commit 1a2b3c4"
                + " (branch feature-x, dirty: built with uncommitted or untracked files), sha256 " + sha256(jar) + "; checkout: branch "),
                line);
        assertFalse(line.contains("no build info"), line);
    }

    @Test
    void saysWhenTheJarWasBuiltFromACleanCheckout() throws Exception {
        Path jar = jar("clean.jar", Map.of(
                JarBuildIdentity.GIT_PROPERTIES, gitProperties("main", "false"),
                JarBuildIdentity.BUILD_INFO_PROPERTIES, BUILD_TIME));

        String line = BuildInfo.describe(root, jar);

        assertTrue(line.contains(" from commit 1a2b3c4 (branch main, clean), sha256 " + sha256(jar) + ";"), line);
        assertFalse(line.contains("dirty"), line);
    }

    @Test
    void anOlderJarWithoutGitPropertiesKeepsTheCheckoutLineAndSaysSo() throws Exception {
        Path jar = jar("old.jar", Map.of("BOOT-INF/classes/application.yml", "server:\n  port: 8080\n"));

        String line = BuildInfo.describe(root, jar);

        assertTrue(line.startsWith("Build: branch "), line);
        assertTrue(line.contains("; jar " + jar + " built "), line);
        assertTrue(line.endsWith(", sha256 " + sha256(jar)
                + "; jar carries no build info (the commit above is the checkout's, not necessarily the jar's)"), line);
    }

    private static String gitProperties(String branch, String dirty) {
        return "git.branch=" + branch + "\n"
                + "git.commit.id=1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d\n"
                + "git.commit.id.abbrev=1a2b3c4\n"
                + "git.commit.time=2026-11-30T09\\:00\\:00Z\n"
                + "git.dirty=" + dirty + "\n";
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = root.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.ISO_8859_1));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The first 16 hex digits, as the Build line prints them. */
    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }
}
