package io.pathwise.catalog.packaging;

import io.pathwise.catalog.ActivitySupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a course package in the same format {@link PackageReader} reads, so that export followed
 * by import gives the same course. Activity texts go to {@code units/<unit>/<activity>.md}.
 */
public final class PackageWriter {

    private PackageWriter() {
    }

    public static PackageFiles write(CoursePackage course) {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Object> courseYaml = new LinkedHashMap<>();
        courseYaml.put("format", PackageReader.FORMAT);
        courseYaml.put("id", course.id());
        courseYaml.put("title", course.title());
        courseYaml.put("summary", course.summary());
        courseYaml.put("language", course.language());
        courseYaml.put("description", "description.md");
        courseYaml.put("units", course.units().stream().map(CoursePackage.Unit::id).toList());
        files.put("course.yaml", yaml(courseYaml));
        files.put("description.md", utf8(course.description()));

        List<Map<String, Object>> skills = course.skills().stream().map(skill -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", skill.id());
            entry.put("name", skill.name());
            entry.put("description", skill.description());
            entry.put("prerequisites", skill.prerequisites());
            return entry;
        }).toList();
        files.put("skills.yaml", yaml(Map.of("skills", skills)));

        for (CoursePackage.Unit unit : course.units()) {
            String folder = "units/" + unit.id() + "/";
            Map<String, Object> unitYaml = new LinkedHashMap<>();
            unitYaml.put("title", unit.title());
            unitYaml.put("summary", unit.summary());
            unitYaml.put("activities", unit.activities().stream().map(activity -> {
                files.put(folder + activity.id() + ".md", utf8(activity.content()));
                return activityYaml(activity);
            }).toList());
            files.put(folder + "unit.yaml", yaml(unitYaml));
        }
        return PackageFiles.of(files);
    }

    public static byte[] zip(PackageFiles files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> activityYaml(CoursePackage.Activity activity) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", activity.id());
        entry.put("title", activity.title());
        entry.put("type", activity.kind().packageName());
        entry.put("teaches", activity.teaches());
        entry.put("assesses", activity.assesses());
        entry.put("minutes", activity.minutes());
        if (activity.difficulty() != 3) {
            entry.put("difficulty", activity.difficulty());
        }
        if (activity.support() != ActivitySupport.NONE) {
            entry.put("support", activity.support().packageName());
        }
        entry.put("content", activity.id() + ".md");
        if (!activity.questions().isEmpty()) {
            entry.put("questions", activity.questions().stream().map(question -> {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("prompt", question.prompt());
                q.put("answer", question.answer());
                q.put("explanation", question.explanation());
                return q;
            }).toList());
        }
        return entry;
    }

    private static byte[] yaml(Object document) {
        return utf8(new Yaml(dumperOptions()).dump(document));
    }

    /**
     * How package YAML is laid out, for every module that writes files of a package, so that all
     * its files look alike: block style, two-space indents, long lines kept whole, no aliases.
     */
    public static DumperOptions dumperOptions() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        // A value written twice (every empty list is one shared instance) would otherwise become an
        // anchor and aliases: noise in authors' files, and the reader caps aliases, so a course with
        // many skills without prerequisites could not be re-imported.
        options.setDereferenceAliases(true);
        return options;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
