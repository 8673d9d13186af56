package io.pathwise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * bench/results/&lt;name&gt;.md, one section appended per benchmark run, newest last. Appending
 * (never rewriting) keeps the history, so a regression shows up as a change between sections.
 */
final class ResultsFile {

    private ResultsFile() {
    }

    static Path append(Path root, String name, String title, String body) throws IOException {
        Path file = root.resolve("bench/results").resolve(name + ".md");
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, "# " + title + "\n\nOne section per run, newest last. See bench/README.md.\n",
                    StandardCharsets.UTF_8);
        }
        String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        Files.writeString(file, "\n## " + when + "\n\n" + body, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return file;
    }
}
