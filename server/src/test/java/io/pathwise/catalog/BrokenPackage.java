package io.pathwise.catalog;

import io.pathwise.support.PackageZips;
import java.util.List;
import java.util.Map;

/**
 * The Fractions package with six problems of different kinds planted in it, each at a known file
 * and line: what an author's first attempt might look like.
 */
final class BrokenPackage {

    /** A planted problem: the file and line it must be reported at, and a word of the reason. */
    record Planted(String file, int line, String reasonContains) {
    }

    final Map<String, String> files = PackageZips.fractions();
    final List<Planted> problems;

    BrokenPackage() {
        String course = files.get("course.yaml");
        files.put("course.yaml", course + "colour: blue\n");
        Planted unknownKey = new Planted("course.yaml", lineCount(course) + 1, "'colour' is not a known key");

        String equivalence = "units/equivalence/unit.yaml";
        files.put(equivalence, files.get(equivalence).replace("    title: Factors and multiples\n",
                "\ttitle: Factors and multiples\n"));
        Planted brokenYaml = new Planted(equivalence, lineOf(files.get(equivalence), "\ttitle: Factors and multiples"),
                "not valid YAML");

        String basics = "units/fraction-basics/unit.yaml";
        files.remove("units/fraction-basics/unit-fractions.md");
        Planted missingMarkdown = new Planted(basics, lineOf(files.get(basics), "    content: unit-fractions.md"),
                "missing");

        String lesson = "units/fraction-basics/what-is-a-fraction.md";
        files.put(lesson, files.get(lesson) + "\n```pathwise-never-closed\nprint(3 / 4)\n");
        Planted unclosedFence = new Planted(lesson, lineOf(files.get(lesson), "```pathwise-never-closed"),
                "never closed");

        String amount = "units/fraction-basics/fraction-of-an-amount.md";
        files.put(amount, "<iframe src=\"https://example.com/pizza\"></iframe>\n\n" + files.get(amount));
        Planted rawHtml = new Planted(amount, 1, "HTML");

        String mixed = "units/mixed-numbers/unit.yaml";
        files.put(mixed, files.get(mixed).replaceFirst("teaches: \\[improper-and-mixed-numbers\\]",
                "teaches: [improper-and-mixed-numbers, long-division]"));
        Planted unknownSkill = new Planted(mixed, lineOf(files.get(mixed), "  - id: improper-fractions"),
                "unknown skill 'long-division'");

        problems = List.of(unknownKey, brokenYaml, missingMarkdown, unclosedFence, rawHtml, unknownSkill);
    }

    byte[] zip() {
        return PackageZips.zip(files);
    }

    static int lineCount(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    /** The 1-based line that starts with the text. */
    static int lineOf(String text, String lineStart) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(lineStart)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line starts with " + lineStart);
    }
}
