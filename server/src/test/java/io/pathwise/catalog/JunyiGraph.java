package io.pathwise.catalog;

import io.pathwise.catalog.packaging.CoursePackage;
import io.pathwise.catalog.packaging.PackageWriter;
import io.pathwise.shared.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Junyi Academy exercise graph from the test resources (see {@code junyi/README.md}) as a
 * course package: one skill per distinct exercise, its prerequisites as edges, and one lesson per
 * topic teaching that topic's skills.
 */
public final class JunyiGraph {

    /** The one cycle in the data, named by exercise. */
    static final List<String> DATA_CYCLE = List.of("simplifying_radicals", "radical_multiplication_and_division",
            "adding_and_subtracting_radicals");

    /** One row of the file, as written. */
    record Row(String name, List<String> prerequisites, String displayName, String topic, String area) {
    }

    private final List<Row> rows;
    private final Map<String, String> idOfName = new LinkedHashMap<>();

    private JunyiGraph(List<Row> rows) {
        this.rows = rows;
        Set<String> taken = new HashSet<>();
        for (Row row : rows) {
            if (!idOfName.containsKey(row.name())) {
                String id = uniqueSlug(row.name(), taken);
                taken.add(id);
                idOfName.put(row.name(), id);
            }
        }
    }

    public static JunyiGraph load() {
        try (InputStream in = JunyiGraph.class.getResourceAsStream("/junyi/junyi-exercises.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.startsWith("\uFEFF")) {
                throw new IllegalStateException("junyi-exercises.csv is expected to start with a byte-order mark");
            }
            List<List<String>> records = CsvReader.parse(text).stream().map(CsvReader.Record::fields).toList();
            List<String> header = records.get(0);
            List<Row> rows = new ArrayList<>();
            for (List<String> record : records.subList(1, records.size())) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                String prerequisites = row.get("prerequisites");
                rows.add(new Row(row.get("name"), prerequisites.isEmpty() ? List.of() : List.of(prerequisites.split(",")),
                        row.get("pretty_display_name"), row.get("topic"), row.get("area")));
            }
            return new JunyiGraph(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Row> rows() {
        return rows;
    }

    /** The package id of an exercise. */
    String id(String name) {
        return idOfName.get(name);
    }

    /**
     * The prerequisite graph by skill id, in file order: repeated rows merged, self-references and
     * repeated entries dropped, and the data's own cycle broken when {@code breakDataCycle}.
     */
    public Map<String, List<String>> graph(boolean breakDataCycle) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (Row row : rows) {
            Set<String> prerequisites = graph.computeIfAbsent(id(row.name()), k -> new LinkedHashSet<>());
            for (String prerequisite : row.prerequisites()) {
                boolean cycleEdge = row.name().equals(DATA_CYCLE.get(0)) && prerequisite.equals(DATA_CYCLE.get(1));
                if (!prerequisite.equals(row.name()) && !(breakDataCycle && cycleEdge)) {
                    prerequisites.add(id(prerequisite));
                }
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        graph.forEach((skill, prerequisites) -> result.put(skill, List.copyOf(prerequisites)));
        return result;
    }

    /** A course package with the given graph (skill id to prerequisite ids), zipped. */
    public byte[] packageZip(String courseId, Map<String, List<String>> graph) {
        return PackageWriter.zip(PackageWriter.write(coursePackage(courseId, graph)));
    }

    /** A course package with the given graph (skill id to prerequisite ids). */
    CoursePackage coursePackage(String courseId, Map<String, List<String>> graph) {
        Map<String, Row> firstRow = new LinkedHashMap<>();
        rows.forEach(row -> firstRow.putIfAbsent(id(row.name()), row));
        List<CoursePackage.Skill> skills = new ArrayList<>();
        Map<String, List<String>> skillsOfTopic = new LinkedHashMap<>();
        graph.forEach((skill, prerequisites) -> {
            Row row = firstRow.get(skill);
            String name = row.displayName().isBlank() ? row.name() : row.displayName();
            skills.add(new CoursePackage.Skill(skill, name, "Junyi exercise " + row.name() + " (" + row.area() + ", "
                    + row.topic() + ").", prerequisites));
            skillsOfTopic.computeIfAbsent(row.topic(), k -> new ArrayList<>()).add(skill);
        });
        Set<String> lessonIds = new HashSet<>();
        List<CoursePackage.Activity> lessons = new ArrayList<>();
        skillsOfTopic.forEach((topic, taught) -> lessons.add(new CoursePackage.Activity(
                uniqueSlug("topic-" + topic, lessonIds), "Topic: " + topic, ActivityKind.LESSON, taught, List.of(), 15,
                "## " + topic + "\n\nThe Junyi Academy exercises of this topic.\n", List.of(), 3,
                ActivitySupport.NONE)));
        return new CoursePackage(courseId, "Junyi mathematics", "The Junyi Academy exercise graph.",
                "zh-TW", "The exercise graph of Junyi Academy (PSLC DataShop dataset 1198).\n", skills,
                List.of(new CoursePackage.Unit("exercises", "Exercises", "Every topic of the graph.", lessons)));
    }

    /** Counts the edges of a graph. */
    static int edges(Map<String, List<String>> graph) {
        return graph.values().stream().mapToInt(List::size).sum();
    }

    /** Lowercase letters and digits joined by single hyphens; {@code -2}, {@code -3}... when taken. */
    private static String uniqueSlug(String text, Set<String> taken) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String unique = slug;
        for (int n = 2; taken.contains(unique); n++) {
            unique = slug + "-" + n;
        }
        taken.add(unique);
        return unique;
    }
}
