package io.pathwise.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a server jar says about its own build, read from the jar file (no server is started): the
 * commit it was built from and whether that checkout had uncommitted or untracked files
 * ({@code git.properties}, written by git-commit-id-maven-plugin) and when it was built
 * ({@code build-info.properties}, written by spring-boot-maven-plugin; see server/pom.xml). A jar copied away and benchmarked later
 * still names its own build, whatever the checkout has moved on to.
 *
 * @param commit the abbreviated commit id
 * @param branch the branch the commit was built on, or "unknown"
 * @param dirty whether the checkout had uncommitted or untracked files when the jar was built
 * @param builtAt when the jar was built, if the jar says so
 */
record JarBuildIdentity(String commit, String branch, boolean dirty, Optional<Instant> builtAt) {

    /** Where a Spring Boot jar keeps the application's own resources, git.properties among them. */
    static final String GIT_PROPERTIES = "BOOT-INF/classes/git.properties";
    /** The repackaged jar keeps META-INF at its root. */
    static final String BUILD_INFO_PROPERTIES = "META-INF/build-info.properties";

    /**
     * The jar's build identity, or empty when it carries no git.properties (a jar built before the
     * server recorded its commit, or from a source tree without .git) or cannot be read.
     */
    static Optional<JarBuildIdentity> read(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Properties git = properties(zip, GIT_PROPERTIES);
            String commit = git.getProperty("git.commit.id.abbrev", abbreviate(git.getProperty("git.commit.id")));
            if (commit == null || commit.isBlank()) {
                return Optional.empty();
            }
            Properties build = properties(zip, BUILD_INFO_PROPERTIES);
            return Optional.of(new JarBuildIdentity(commit, git.getProperty("git.branch", "unknown"),
                    Boolean.parseBoolean(git.getProperty("git.dirty")), instant(build.getProperty("build.time"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Properties properties(ZipFile zip, String name) throws IOException {
        Properties properties = new Properties();
        ZipEntry entry = zip.getEntry(name);
        if (entry != null) {
            try (InputStream in = zip.getInputStream(entry)) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static String abbreviate(String fullCommit) {
        return fullCommit == null || fullCommit.length() <= 7 ? fullCommit : fullCommit.substring(0, 7);
    }

    private static Optional<Instant> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
